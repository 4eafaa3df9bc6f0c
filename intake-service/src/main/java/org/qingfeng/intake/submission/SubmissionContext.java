package org.qingfeng.intake.submission;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.qingfeng.intake.attachment.AttachmentUpload;

/**
 * How a submission reached intake, beyond what it says: set by the channel, never by the sender.
 *
 * @param idempotencyScope what makes a retry recognisable, scoped to its channel and sender (such as
 *     {@code http:<subject>:<Idempotency-Key>} or {@code sms:<message id>}): the item id and receipt
 *     are derived from it, so a retried submission never makes a second item. Null: a new item.
 * @param submitterContact how a submitter who is not an informant can be reached (a phone number, an
 *     address), sealed before it is written; never for an informant, whose identity is in the roster
 * @param enteredBy the staff account entering the item on someone's behalf, a subject id
 * @param batchId the monthly batch or quarterly report the item came in with
 */
public record SubmissionContext(
        @Nullable String idempotencyScope,
        @Nullable String submitterContact,
        @Nullable String enteredBy,
        @Nullable UUID batchId,
        List<AttachmentUpload> attachments) {

    public SubmissionContext {
        attachments = List.copyOf(attachments);
    }

    /** A submission with nothing around it: a new item each time. */
    public static SubmissionContext none() {
        return new SubmissionContext(null, null, null, null, List.of());
    }

    public static SubmissionContext retriedAs(@Nullable String idempotencyScope) {
        return new SubmissionContext(idempotencyScope, null, null, null, List.of());
    }

    public SubmissionContext withContact(@Nullable String contact) {
        return new SubmissionContext(idempotencyScope, contact, enteredBy, batchId, attachments);
    }

    public SubmissionContext enteredBy(@Nullable String subject, @Nullable UUID batch) {
        return new SubmissionContext(idempotencyScope, submitterContact, subject, batch, attachments);
    }

    public SubmissionContext withAttachments(List<AttachmentUpload> files) {
        return new SubmissionContext(idempotencyScope, submitterContact, enteredBy, batchId, files);
    }

    /** Never the contact: it is personal data. */
    @Override
    public String toString() {
        return "SubmissionContext[retry=" + (idempotencyScope != null) + ", attachments=" + attachments.size() + "]";
    }
}
