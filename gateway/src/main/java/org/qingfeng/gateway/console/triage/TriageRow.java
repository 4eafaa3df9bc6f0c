package org.qingfeng.gateway.console.triage;

import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.qingfeng.gateway.console.LocalTimes;
import org.qingfeng.gateway.console.Named;
import org.qingfeng.gateway.console.NodeNames;

/**
 * One item of the board as the page shows it: places by name, times in the console's zone, the
 * decision so far (if any) and what intake matched it with.
 *
 * @param row the item's place on the page, which names its form ({@code triage-3})
 */
record TriageRow(
        int row,
        String itemId,
        String submittedAt,
        Named township,
        Named unit,
        String subjectArea,
        String channel,
        String urgency,
        String submitterKind,
        @Nullable String decision,
        @Nullable Long sequence,
        String reason,
        String relatedItemId,
        Board.@Nullable Classification classification,
        String decidedAt,
        String decidedBy,
        List<Board.Match> matches) {

    static TriageRow from(int row, Board.Entry entry, NodeNames names, ZoneId zone) {
        return new TriageRow(
                row,
                entry.itemId(),
                LocalTimes.format(entry.submittedAt(), zone),
                names.name(entry.townshipCode() == null ? entry.regionCode() : entry.townshipCode()),
                names.name(entry.unitCode()),
                Objects.toString(entry.subjectArea(), ""),
                Objects.toString(entry.channel(), ""),
                Objects.toString(entry.urgency(), ""),
                Objects.toString(entry.submitterKind(), ""),
                entry.decision(),
                entry.sequence(),
                Objects.toString(entry.reason(), ""),
                Objects.toString(entry.relatedItemId(), ""),
                entry.classification(),
                LocalTimes.format(entry.decidedAt(), zone),
                Objects.toString(entry.decidedBy(), ""),
                entry.matches());
    }

    /** Public for the template: an urgent item is marked (the board already lists it first). */
    public boolean urgent() {
        return "IMMEDIATE".equals(urgency);
    }

    public boolean decided() {
        return decision != null && !decision.isBlank();
    }

    /** The similarity of a match as a whole percentage. */
    public String percent(Board.Match match) {
        Double similarity = match.similarity();
        return similarity == null ? "" : Math.round(similarity * 100) + "%";
    }
}
