package org.qingfeng.contracts.analysis;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * The work station's decision on one item. Later decisions on the same item replace earlier ones;
 * the event id is derived from the item and the decision's sequence number, so a replay is harmless.
 *
 * @param sequence 1 for the first decision on the item, then 2, 3… when it is revised
 * @param reason why, required for {@code UNFOUNDED} and {@code MALICIOUS}; staff text that stays
 *     inside the network's services
 * @param relatedItemId for {@code DUPLICATE} or {@code LINKED}: the item it repeats or relates to
 * @param classification subject area, risk category and point, severity and office; required for
 *     {@code ACCEPTED} and {@code LINKED} since issue 6, null on older decisions
 * @param decidedBy the staff account that decided, a subject id; null on older decisions
 */
public record ItemTriaged(
        UUID eventId,
        Instant occurredAt,
        UUID itemId,
        int sequence,
        TriageDecision decision,
        @Nullable String reason,
        @Nullable UUID relatedItemId,
        @Nullable Classification classification,
        @Nullable String decidedBy) {

    /** A decision as recorded before classification was part of triage. */
    public ItemTriaged(
            UUID eventId,
            Instant occurredAt,
            UUID itemId,
            int sequence,
            TriageDecision decision,
            @Nullable String reason,
            @Nullable UUID relatedItemId) {
        this(eventId, occurredAt, itemId, sequence, decision, reason, relatedItemId, null, null);
    }
}
