package org.qingfeng.gateway.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Months and quarters in the analysis pages' URLs. */
class PeriodsTests {

    private final LocalDate today = LocalDate.of(2026, 2, 14);

    @Test
    void takesAMonthOrAQuarterAsGivenAndTodaysWhenNotOne() {
        assertThat(Periods.month("2025-12", today)).isEqualTo("2025-12");
        assertThat(Periods.month("2025-13", today)).isEqualTo("2026-02");
        assertThat(Periods.month(null, today)).isEqualTo("2026-02");
        assertThat(Periods.quarter(" 2025-Q4 ", today)).isEqualTo("2025-Q4");
        assertThat(Periods.quarter("2025-Q5", today)).isEqualTo("2026-Q1");
    }

    @Test
    void stepsBackAcrossTheYear() {
        assertThat(Periods.previousMonth("2026-01")).isEqualTo("2025-12");
        assertThat(Periods.previousQuarter("2026-Q1")).isEqualTo("2025-Q4");
        assertThat(Periods.previousQuarter("2026-Q3")).isEqualTo("2026-Q2");
        assertThat(Periods.quarterOf(LocalDate.of(2026, 9, 30))).isEqualTo("2026-Q3");
        assertThat(Periods.quarterOf(LocalDate.of(2026, 10, 1))).isEqualTo("2026-Q4");
    }

    @Test
    void listsTheYearsMonthsThenItsQuarters() {
        assertThat(Periods.of(2026))
                .hasSize(16)
                .startsWith("2026-01", "2026-02")
                .endsWith("2026-12", "2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4");
        assertThat(Periods.isPeriod("2026-Q2")).isTrue();
        assertThat(Periods.isPeriod("2026-Q2/../x")).isFalse();
    }
}
