package org.qingfeng.contracts.intake;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Intake's own record of a submission, written before the submitter is answered: the system of
 * record. Only intake reads this topic; the public fact is {@link ItemSubmitted}.
 *
 * @param receiptDigest a keyed digest of the receipt handed to the submitter, never the receipt
 * @param informantToken the submitting informant's keyed pseudonym, null unless {@code
 *     submitterKind} is {@code INFORMANT}; never their identity
 */
public record SubmissionReceived(
        UUID eventId,
        Instant occurredAt,
        UUID itemId,
        String receiptDigest,
        SubmitterKind submitterKind,
        ItemDetails item,
        @Nullable String informantToken) {}
