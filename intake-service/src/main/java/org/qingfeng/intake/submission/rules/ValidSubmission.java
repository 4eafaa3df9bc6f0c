package org.qingfeng.intake.submission.rules;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.qingfeng.contracts.intake.ItemDetails;
import org.qingfeng.contracts.intake.SubmissionReceived;
import org.qingfeng.contracts.intake.SubmitterKind;

/** A submission that passed every rule, with its reporting point derived and defaults filled in. */
public record ValidSubmission(
        SubmitterKind submitterKind,
        ItemDetails item,
        @Nullable String informantToken) {

    /** Intake's own record of this submission, keyed by {@code itemId}. */
    public SubmissionReceived received(UUID eventId, Instant occurredAt, UUID itemId, String receiptDigest) {
        return new SubmissionReceived(eventId, occurredAt, itemId, receiptDigest, submitterKind, item, informantToken);
    }

    /** Neither the item's description, which is never logged, nor the token. */
    @Override
    public String toString() {
        return "ValidSubmission[" + item.regionCode() + ", " + item.subjectArea() + ", " + submitterKind + "]";
    }
}
