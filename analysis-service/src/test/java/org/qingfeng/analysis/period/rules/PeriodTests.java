package org.qingfeng.analysis.period.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class PeriodTests {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    @Test
    void readsAMonthAsItsDays() {
        Period october = Period.parse("2026-10").orElseThrow();

        assertThat(october.first()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(october.end()).isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(october.isQuarter()).isFalse();
    }

    @Test
    void readsAQuarterAsItsThreeMonths() {
        Period fourth = Period.parse("2026-Q4").orElseThrow();
        Period first = Period.parse("2027-Q1").orElseThrow();

        assertThat(fourth.first()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(fourth.end()).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(first.first()).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(first.end()).isEqualTo(LocalDate.of(2027, 4, 1));
        assertThat(fourth.isQuarter()).isTrue();
    }

    @Test
    void refusesAnythingElse() {
        assertThat(Period.parse("2026-13")).isEmpty();
        assertThat(Period.parse("2026-Q5")).isEmpty();
        assertThat(Period.parse("2026-1")).isEmpty();
        assertThat(Period.parse("2026")).isEmpty();
        assertThat(Period.parse("2026-10 ")).isEmpty();
    }

    @Test
    void endsAtMidnightOfTheNextDayInTheZone() {
        Period october = Period.parse("2026-10").orElseThrow();

        assertThat(october.hasEnded(Instant.parse("2026-10-31T15:59:59Z"), BEIJING))
                .isFalse();
        assertThat(october.hasEnded(Instant.parse("2026-10-31T16:00:00Z"), BEIJING))
                .isTrue();
        assertThat(october.hasEnded(Instant.parse("2026-10-31T20:00:00Z"), ZoneId.of("UTC")))
                .isFalse();
    }

    @Test
    void listsTheYearsMonthsThenItsQuarters() {
        assertThat(Period.ofYear(2026))
                .extracting(Period::text)
                .hasSize(16)
                .startsWith("2026-01", "2026-02")
                .endsWith("2026-12", "2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4");
    }
}
