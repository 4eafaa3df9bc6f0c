package org.qingfeng.analysis.compliance.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.qingfeng.analysis.rules.RulesViolated;
import org.qingfeng.contracts.intake.ComplianceState;

class ComplianceRulesTests {

    @Test
    void aLateReportReplacesMissingAndNothingReplacesOnTime() {
        assertThat(Precedence.of(ComplianceState.LATE)).isGreaterThan(Precedence.of(ComplianceState.MISSING));
        assertThat(Precedence.of(ComplianceState.ON_TIME))
                .isGreaterThan(Precedence.of(ComplianceState.LATE))
                .isGreaterThan(Precedence.of(ComplianceState.MISSING));
    }

    @Test
    void acceptsARangeOfOneDayAndOneOfTheMaximumLength() {
        LocalDate first = LocalDate.of(2026, 1, 1);

        assertThat(DateRange.checked(first, first, 366).to()).isEqualTo(first);
        assertThat(DateRange.checked(first, LocalDate.of(2027, 1, 1), 366).from())
                .isEqualTo(first);
    }

    @Test
    void refusesARangeEndingBeforeItStartsOrLongerThanTheMaximum() {
        LocalDate first = LocalDate.of(2026, 1, 1);

        assertThatThrownBy(() -> DateRange.checked(first, first.minusDays(1), 366))
                .isInstanceOfSatisfying(
                        RulesViolated.class,
                        e -> assertThat(e.violations().get(0).field()).isEqualTo("to"));
        assertThatThrownBy(() -> DateRange.checked(first, LocalDate.of(2027, 1, 2), 366))
                .isInstanceOfSatisfying(
                        RulesViolated.class,
                        e -> assertThat(e.violations().get(0).message()).startsWith("查询范围不能超过 366 天"));
    }
}
