package org.qingfeng.gateway.console;

import java.time.ZoneId;
import java.util.Objects;

/** One row of the recent warnings table; unit and township carry their network names. */
record WarningLine(
        String colour, String badge, String colourLabel, Named unit, Named township, String reason, String issuedAt) {

    static WarningLine from(RecentWarnings.Warning warning, NodeNames names, ZoneId zone) {
        String colour = Objects.toString(warning.colour(), "");
        return new WarningLine(
                colour,
                WarningTally.badgeOf(colour),
                Objects.toString(warning.colourLabel(), colour),
                names.name(warning.unitCode()),
                names.name(warning.townshipCode()),
                Objects.toString(warning.reason(), ""),
                LocalTimes.format(warning.issuedAt(), zone));
    }
}
