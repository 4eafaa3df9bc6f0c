package org.qingfeng.intake.item.rules;

import org.qingfeng.contracts.EventIds;
import org.qingfeng.contracts.Topics;
import org.qingfeng.contracts.intake.ItemSubmitted;
import org.qingfeng.contracts.intake.SubmissionReceived;

/** The public fact intake derives from its own record of a submission. */
public final class ItemFacts {

    private ItemFacts() {}

    /**
     * The public fact of a submission. Its id is derived from the item id and its time is the
     * submission's, so a replay publishes an identical event that every consumer drops. It never
     * carries the receipt digest.
     */
    public static ItemSubmitted submitted(SubmissionReceived received) {
        return new ItemSubmitted(
                EventIds.derive(Topics.ITEM_SUBMITTED.eventType(), received.itemId()),
                received.occurredAt(),
                received.itemId(),
                received.submitterKind(),
                received.item(),
                received.informantToken());
    }
}
