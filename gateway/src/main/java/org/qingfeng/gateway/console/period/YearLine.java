package org.qingfeng.gateway.console.period;

import java.time.ZoneId;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.qingfeng.gateway.console.LocalTimes;
import org.qingfeng.gateway.console.Reading;

/**
 * One period of the year's list: its state and latest version, or why it could not be read. A 404
 * counts as open: a period nobody closed has nothing frozen.
 */
record YearLine(
        String period,
        String state,
        String version,
        String at,
        boolean available,
        @Nullable String problem) {

    static YearLine of(String period, Reading<PeriodRead> reading, ZoneId zone) {
        PeriodRead read = reading.body();
        if (reading.shown() && read != null) {
            PeriodRead.Version last = read.versions().isEmpty()
                    ? null
                    : read.versions().get(read.versions().size() - 1);
            return new YearLine(
                    period,
                    Objects.toString(read.state(), "OPEN"),
                    read.version() == null ? "" : read.version().toString(),
                    last == null ? "" : LocalTimes.format(last.at(), zone),
                    true,
                    null);
        }
        if (reading.available() && reading.status() == 404) {
            return new YearLine(period, "OPEN", "", "", true, null);
        }
        return new YearLine(
                period,
                "",
                "",
                "",
                reading.available(),
                reading.said().isEmpty() ? null : reading.said().get(0));
    }
}
