package org.qingfeng.gateway.console;

import java.time.ZoneId;
import java.util.Objects;

/**
 * One row of the dashboard's open cases (最近发出的预警): colour, unit by its name, the rung, the
 * deadline and whether it passed. Disposal's order is kept: overdue first, then the nearest deadline.
 */
record WarningLine(
        String caseId,
        String colour,
        String badge,
        String colourLabel,
        Named unit,
        String rungLabel,
        String dueAt,
        boolean overdue) {

    static WarningLine from(DisposalCase open, ZoneId zone) {
        String colour = Objects.toString(open.colour(), "");
        return new WarningLine(
                Objects.toString(open.caseId(), ""),
                colour,
                WarningTally.badgeOf(colour),
                Objects.toString(open.colourLabel(), colour),
                open.unit(),
                Objects.toString(open.rungLabel(), Objects.toString(open.rungCode(), "")),
                LocalTimes.format(open.dueAt(), zone),
                open.overdue());
    }
}
