package org.qingfeng.contracts.intake;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Intake's own record of a submission, written before the submitter is answered: the system of
 * record. Only intake reads this topic; the public fact is {@link ItemSubmitted}.
 *
 * <p>Fields added after the first version are nullable (or empty), so records written before them
 * still read.
 *
 * @param receiptDigest the receipt's slow hash ({@code pbkdf2-sha256$<iterations>$<salt>$<hash>}),
 *     never the receipt
 * @param informantToken the submitting informant's keyed pseudonym, null unless {@code
 *     submitterKind} is {@code INFORMANT}; never their identity
 * @param receiptLocator a keyed digest of the receipt's locator part, by which a presented receipt
 *     finds its item before the slow hash is checked
 * @param submitter how a submitter who is not an informant can be reached, if they gave a way (a
 *     phone number, an e-mail address, a name), sealed for purpose {@code submitter-contact}
 * @param concerns the post or person the item names, free text, sealed for purpose {@code
 *     item-concerns}: sensitive, so it never leaves intake readable
 * @param attachments the files submitted with the item, stored sealed on {@link AttachmentChunk}s
 *     before this record is written
 * @param enteredBy the staff account that entered the item on someone's behalf, a subject id
 * @param batchId the monthly batch or quarterly report the item came in with
 */
public record SubmissionReceived(
        UUID eventId,
        Instant occurredAt,
        UUID itemId,
        String receiptDigest,
        SubmitterKind submitterKind,
        ItemDetails item,
        @Nullable String informantToken,
        @Nullable String receiptLocator,
        @Nullable SealedBox submitter,
        @Nullable SealedBox concerns,
        List<AttachmentRef> attachments,
        @Nullable String enteredBy,
        @Nullable UUID batchId) {

    public SubmissionReceived {
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    /** A submission as the spine recorded it: no locator, contact, concerns, attachments or batch. */
    public SubmissionReceived(
            UUID eventId,
            Instant occurredAt,
            UUID itemId,
            String receiptDigest,
            SubmitterKind submitterKind,
            ItemDetails item,
            @Nullable String informantToken) {
        this(
                eventId,
                occurredAt,
                itemId,
                receiptDigest,
                submitterKind,
                item,
                informantToken,
                null,
                null,
                null,
                List.of(),
                null,
                null);
    }

    /**
     * One file of a submission. Its name is sealed (a file name can name a person); its type was
     * sniffed from its content, not taken from the sender.
     *
     * @param sha256 hex of the stored bytes (after image metadata was stripped)
     * @param chunks how many {@link AttachmentChunk}s hold it
     */
    public record AttachmentRef(
            UUID attachmentId, String mediaType, long size, String sha256, SealedBox name, int chunks) {}
}
