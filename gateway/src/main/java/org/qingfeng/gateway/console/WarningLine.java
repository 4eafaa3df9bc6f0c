package org.qingfeng.gateway.console;

import java.time.ZoneId;
import java.util.Objects;

/** One row of the recent warnings table. */
record WarningLine(
        String colour, String badge, String colourLabel, String unit, String township, String reason, String issuedAt) {

    static WarningLine from(RecentWarnings.Warning warning, ZoneId zone) {
        String colour = Objects.toString(warning.colour(), "");
        return new WarningLine(
                colour,
                WarningTally.badgeOf(colour),
                Objects.toString(warning.colourLabel(), colour),
                Objects.toString(warning.unitCode(), ""),
                Objects.toString(warning.townshipCode(), ""),
                Objects.toString(warning.reason(), ""),
                LocalTimes.format(warning.issuedAt(), zone));
    }
}
