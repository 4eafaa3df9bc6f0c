package org.qingfeng.analysis.triage.rules;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.qingfeng.contracts.analysis.Classification;

/**
 * One row of the board: where the item belongs and how it came, its latest decision, and what intake
 * found it to repeat or relate to. No description: staff open the item's page in intake, which audits it.
 *
 * @param sequence the latest decision's number, 0 while the item is open
 */
public record BoardItem(
        UUID itemId,
        Instant submittedAt,
        @Nullable String regionCode,
        @Nullable String townshipCode,
        @Nullable String unitCode,
        @Nullable String subjectArea,
        @Nullable String channel,
        @Nullable String urgency,
        @Nullable String submitterKind,
        @Nullable String decision,
        int sequence,
        @Nullable String reason,
        @Nullable String relatedItemId,
        @Nullable Classification classification,
        @Nullable Instant decidedAt,
        @Nullable String decidedBy,
        List<BoardMatch> matches) {

    public ItemPlace place() {
        return new ItemPlace(itemId, townshipCode, unitCode);
    }

    public BoardItem withMatches(List<BoardMatch> found) {
        return new BoardItem(
                itemId,
                submittedAt,
                regionCode,
                townshipCode,
                unitCode,
                subjectArea,
                channel,
                urgency,
                submitterKind,
                decision,
                sequence,
                reason,
                relatedItemId,
                classification,
                decidedAt,
                decidedBy,
                List.copyOf(found));
    }
}
