package org.qingfeng.disposal.signal.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qingfeng.disposal.ComplianceFixtures.monthly;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.qingfeng.contracts.intake.ComplianceState;

class ReportingSignalTests {

    private static final LocalDate CLOSES = LocalDate.of(2026, 10, 8);

    @Test
    void aReportOnTimeIsNoSignal() {
        assertThat(ReportingSignal.of(monthly("330281-101", "2026-09", CLOSES, ComplianceState.ON_TIME)))
                .isEmpty();
    }

    @Test
    void lateAndMissingReportsAreSignalsOfTheirUnitAndPeriod() {
        assertThat(ReportingSignal.of(monthly("330281-101", "2026-09", CLOSES, ComplianceState.MISSING)))
                .hasValueSatisfying(signal -> {
                    assertThat(signal.id()).isEqualTo("330281-101|2026-09");
                    assertThat(signal.filedAt()).isNull();
                });
        assertThat(ReportingSignal.of(monthly("330281-101", "2026-09", CLOSES, ComplianceState.LATE)))
                .hasValueSatisfying(signal -> assertThat(signal.filedAt()).isNotNull());
    }

    @Test
    void aLateReportOutranksMissing() {
        int late = ReportingSignal.of(monthly("330281-101", "2026-09", CLOSES, ComplianceState.LATE))
                .orElseThrow()
                .precedence();
        int missing = ReportingSignal.of(monthly("330281-101", "2026-09", CLOSES, ComplianceState.MISSING))
                .orElseThrow()
                .precedence();

        assertThat(late).isGreaterThan(missing);
    }
}
