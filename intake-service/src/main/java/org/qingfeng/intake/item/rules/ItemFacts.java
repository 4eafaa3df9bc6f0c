package org.qingfeng.intake.item.rules;

import java.util.Objects;
import org.qingfeng.contracts.EventIds;
import org.qingfeng.contracts.Topics;
import org.qingfeng.contracts.disposal.WarningIssued;
import org.qingfeng.contracts.intake.ItemDetails;
import org.qingfeng.contracts.intake.ItemSubmitted;
import org.qingfeng.contracts.intake.SubmissionReceived;

/** The facts intake derives from its own record, and the checks that the events it reads are whole. */
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
                received.item());
    }

    /** The record as read, or an exception naming the first missing field: such a record is poison. */
    public static SubmissionReceived requireWhole(SubmissionReceived received) {
        Objects.requireNonNull(received.eventId(), "eventId");
        Objects.requireNonNull(received.occurredAt(), "occurredAt");
        Objects.requireNonNull(received.itemId(), "itemId");
        Objects.requireNonNull(received.receiptDigest(), "receiptDigest");
        Objects.requireNonNull(received.submitterKind(), "submitterKind");
        ItemDetails item = Objects.requireNonNull(received.item(), "item");
        Objects.requireNonNull(item.regionCode(), "item.regionCode");
        Objects.requireNonNull(item.townshipCode(), "item.townshipCode");
        Objects.requireNonNull(item.unitCode(), "item.unitCode");
        Objects.requireNonNull(item.subjectArea(), "item.subjectArea");
        Objects.requireNonNull(item.urgency(), "item.urgency");
        Objects.requireNonNull(item.channel(), "item.channel");
        Objects.requireNonNull(item.description(), "item.description");
        return received;
    }

    public static WarningIssued requireWhole(WarningIssued warning) {
        Objects.requireNonNull(warning.warningId(), "warningId");
        Objects.requireNonNull(warning.itemId(), "itemId");
        Objects.requireNonNull(warning.colour(), "colour");
        Objects.requireNonNull(warning.occurredAt(), "occurredAt");
        return warning;
    }
}
