package org.qingfeng.gateway.console.item;

import java.time.ZoneId;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.qingfeng.gateway.console.LocalTimes;
import org.qingfeng.gateway.console.Named;
import org.qingfeng.gateway.console.NodeNames;

/**
 * The item as the page shows it: places by their network names, times to the minute in the
 * network's zone; codes (subject area, urgency, channel, colour) are named by the template.
 */
record ItemView(
        String itemId,
        String status,
        String submittedAt,
        Named region,
        Named township,
        Named unit,
        String subjectArea,
        String riskCategory,
        String urgency,
        String channel,
        String description,
        @Nullable Warning warning) {

    record Warning(String colour, String issuedAt) {}

    static ItemView from(String itemId, ItemRead item, NodeNames names, ZoneId zone) {
        ItemRead.Warning warning = item.warning();
        return new ItemView(
                itemId,
                Objects.toString(item.statusLabel(), Objects.toString(item.status(), "")),
                LocalTimes.format(item.submittedAt(), zone),
                names.name(item.regionCode()),
                names.name(item.townshipCode()),
                names.name(item.unitCode()),
                Objects.toString(item.subjectArea(), ""),
                Objects.toString(item.riskCategory(), ""),
                Objects.toString(item.urgency(), ""),
                Objects.toString(item.channel(), ""),
                Objects.toString(item.description(), ""),
                warning == null
                        ? null
                        : new Warning(
                                Objects.toString(warning.colour(), ""), LocalTimes.format(warning.issuedAt(), zone)));
    }
}
