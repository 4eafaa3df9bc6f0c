package org.qingfeng.gateway.console;

import java.time.ZoneId;
import java.util.Objects;

/** One row of the recent items table; codes are translated by the template where it can. */
record ItemLine(String submittedAt, String township, String unit, String subjectArea, String urgency, String status) {

    static ItemLine from(RecentItems.Item item, ZoneId zone) {
        return new ItemLine(
                LocalTimes.format(item.submittedAt(), zone),
                Objects.toString(item.townshipCode(), ""),
                Objects.toString(item.unitCode(), ""),
                Objects.toString(item.subjectArea(), ""),
                Objects.toString(item.urgency(), ""),
                Objects.toString(item.statusLabel(), Objects.toString(item.status(), "")));
    }
}
