package org.qingfeng.intake.rhythm.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.qingfeng.contracts.intake.ReportingCycle;

class ReportingPeriodTests {

    @Test
    void aMonthRunsFromItsFirstToItsLastDay() {
        ReportingPeriod february = ReportingPeriod.parse(ReportingCycle.TOWNSHIP_MONTHLY, "2026-02")
                .orElseThrow();

        assertThat(february.start()).isEqualTo(LocalDate.of(2026, 2, 1));
        assertThat(february.end()).isEqualTo(LocalDate.of(2026, 2, 28));
        assertThat(february.label()).isEqualTo("2026-02");
    }

    @Test
    void aQuarterRunsOverItsThreeMonths() {
        ReportingPeriod third = ReportingPeriod.parse(ReportingCycle.CITY_UNIT_QUARTERLY, "2026-Q3")
                .orElseThrow();

        assertThat(third.start()).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(third.end()).isEqualTo(LocalDate.of(2026, 9, 30));
        assertThat(third.lastMonth().getMonthValue()).isEqualTo(9);
    }

    @Test
    void theNextPeriodCrossesIntoTheNextYear() {
        assertThat(ReportingPeriod.parse(ReportingCycle.TOWNSHIP_MONTHLY, "2026-12")
                        .orElseThrow()
                        .next()
                        .label())
                .isEqualTo("2027-01");
        assertThat(ReportingPeriod.parse(ReportingCycle.MONITORING_QUARTERLY, "2026-Q4")
                        .orElseThrow()
                        .next()
                        .label())
                .isEqualTo("2027-Q1");
    }

    @Test
    void findsThePeriodOfADay() {
        LocalDate day = LocalDate.of(2026, 8, 31);

        assertThat(ReportingPeriod.containing(ReportingCycle.TOWNSHIP_MONTHLY, day)
                        .label())
                .isEqualTo("2026-08");
        assertThat(ReportingPeriod.containing(ReportingCycle.MONITORING_QUARTERLY, day)
                        .label())
                .isEqualTo("2026-Q3");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-13", "2026-00", "2026-9", "2026-Q3", "26-09", "2026-09 ", "2026/09"})
    void aMonthlyCycleTakesOnlyYearDashMonth(String label) {
        assertThat(ReportingPeriod.parse(ReportingCycle.TOWNSHIP_MONTHLY, label))
                .isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2026-Q0", "2026-Q5", "2026-q3", "2026-09", "2026Q3"})
    void aQuarterlyCycleTakesOnlyYearDashQuarter(String label) {
        assertThat(ReportingPeriod.parse(ReportingCycle.CITY_UNIT_QUARTERLY, label))
                .isEmpty();
    }
}
