package org.qingfeng.gateway.console.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReportingRangeTests {

    @ParameterizedTest
    @CsvSource({
        "2026-11-21, 2026-10-01, 2027-01-31",
        "2026-01-01, 2026-01-01, 2026-04-30",
        "2026-03-31, 2026-01-01, 2026-04-30",
        "2026-08-15, 2026-07-01, 2026-10-31",
        "2028-05-10, 2028-04-01, 2028-07-31"
    })
    void coversTheCurrentQuarterAndTheMonthAfterItByDefault(LocalDate today, LocalDate from, LocalDate to) {
        assertThat(ReportingRange.defaultFor(today)).isEqualTo(new ReportingRange(from, to));
    }

    @ParameterizedTest
    @CsvSource({
        "2026-10-01, 2026-12-31, 2026-10-01, 2026-12-31",
        "2026-12-31, 2026-10-01, 2026-10-01, 2027-01-31",
        "'', 2026-12-31, 2026-10-01, 2027-01-31",
        "2026-13-01, 2026-12-31, 2026-10-01, 2027-01-31"
    })
    void takesARangeInOrderAndTheDefaultForAnythingElse(String from, String to, LocalDate start, LocalDate end) {
        assertThat(ReportingRange.of(from, to, LocalDate.of(2026, 11, 21))).isEqualTo(new ReportingRange(start, end));
    }

    @ParameterizedTest
    @CsvSource({
        "ON_TIME, state-on-time",
        "MISSING, state-missing",
        "UPCOMING, state-upcoming",
        "'\" onclick=\"x', state-unknown"
    })
    void coloursEachStateAndNeverMakesUpAClass(String state, String badge) {
        assertThat(States.badgeOf(state)).isEqualTo(badge);
    }
}
