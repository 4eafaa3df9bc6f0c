package org.qingfeng.analysis.index.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class QuarterTests {

    private static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");

    @Test
    void readsQuartersAndMonthsAndRefusesAnythingElse() {
        assertThat(Quarter.parse("2026-Q3")).contains(new Quarter(2026, 3));
        assertThat(Quarter.ofPeriod("2026-09")).contains(new Quarter(2026, 3));
        assertThat(Quarter.ofPeriod("2026-10")).contains(new Quarter(2026, 4));
        assertThat(Quarter.ofPeriod("2026-Q1")).contains(new Quarter(2026, 1));
        assertThat(Quarter.parse("2026-Q5")).isEmpty();
        assertThat(Quarter.parse("2026-09")).isEmpty();
        assertThat(Quarter.ofPeriod("2026-13")).isEmpty();
    }

    @Test
    void reckonsTheQuarterInBeijing() {
        assertThat(Quarter.of(Instant.parse("2026-09-30T16:30:00Z"), BEIJING)).isEqualTo(new Quarter(2026, 4));
        assertThat(Quarter.of(Instant.parse("2026-09-30T15:30:00Z"), BEIJING)).isEqualTo(new Quarter(2026, 3));
    }

    @Test
    void countsBackOverTheYear() {
        assertThat(new Quarter(2026, 2).lastQuarters(3))
                .extracting(Quarter::toString)
                .containsExactly("2025-Q4", "2026-Q1", "2026-Q2");
    }
}
