package org.qingfeng.gateway.console;

import java.time.ZoneId;
import java.util.Objects;

/**
 * One row of the recent items table. Township and unit carry their network names; the subject area
 * and urgency codes are translated by the template, in the page's language.
 */
record ItemLine(
        String itemId,
        String submittedAt,
        Named township,
        Named unit,
        String subjectArea,
        String urgency,
        String status) {

    static ItemLine from(RecentItems.Item item, NodeNames names, ZoneId zone) {
        return new ItemLine(
                Objects.toString(item.itemId(), ""),
                LocalTimes.format(item.submittedAt(), zone),
                names.name(item.townshipCode()),
                names.name(item.unitCode()),
                Objects.toString(item.subjectArea(), ""),
                Objects.toString(item.urgency(), ""),
                Objects.toString(item.statusLabel(), Objects.toString(item.status(), "")));
    }
}
