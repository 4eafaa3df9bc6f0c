package org.qingfeng.analysis.ledger;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class ReportingMonthTests {

    private final ReportingMonth beijing = new ReportingMonth(ZoneId.of("Asia/Shanghai"));

    @Test
    void countsAnItemSentAfterMidnightBeijingTimeOnTheFirstForTheNewMonth() {
        assertThat(beijing.of(Instant.parse("2026-10-31T16:30:00Z"))).isEqualTo(YearMonth.of(2026, 11));
    }

    @Test
    void countsAnItemSentJustBeforeMidnightBeijingTimeForTheMonthThatIsEnding() {
        assertThat(beijing.of(Instant.parse("2026-10-31T15:59:59Z"))).isEqualTo(YearMonth.of(2026, 10));
    }

    @Test
    void reckonsTheMonthInTheConfiguredZone() {
        ReportingMonth utc = new ReportingMonth(ZoneId.of("UTC"));

        assertThat(utc.of(Instant.parse("2026-10-31T16:30:00Z"))).isEqualTo(YearMonth.of(2026, 10));
    }

    @Test
    void turnsTheYearAtMidnightBeijingTimeOnNewYearsDay() {
        assertThat(beijing.of(Instant.parse("2026-12-31T16:00:00Z"))).isEqualTo(YearMonth.of(2027, 1));
    }
}
