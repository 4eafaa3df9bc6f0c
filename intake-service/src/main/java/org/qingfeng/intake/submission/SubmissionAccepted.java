package org.qingfeng.intake.submission;

import java.time.Instant;
import java.util.UUID;
import org.qingfeng.intake.item.rules.ItemStatus;

/**
 * What a submitter is told once their item is durable: its id and the receipt to follow it up with.
 *
 * @param receipt as shown to a person, in groups of four
 */
public record SubmissionAccepted(UUID itemId, String receipt, ItemStatus status, Instant submittedAt) {

    /** Never the receipt. */
    @Override
    public String toString() {
        return "SubmissionAccepted[" + itemId + "]";
    }
}
