package org.qingfeng.intake.attachment;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.qingfeng.contracts.intake.SubmissionReceived.AttachmentRef;

/**
 * Where a submission's files go before the submission itself is written: each file checked (count,
 * size, type sniffed from its content), images stripped of their metadata, then sealed in chunks on
 * {@code intake.attachment-chunks.v1} and acknowledged. The references returned go into the
 * submission's record.
 */
public interface AttachmentStore {

    /**
     * Checks every file first and refuses them all (a {@code RulesViolated} naming {@code
     * attachments[i]}) if one is unacceptable; otherwise stores them and returns once the broker
     * acknowledged every chunk. Attachment ids are derived from the item id and the file's position,
     * so a retried submission writes the same records again.
     */
    List<AttachmentRef> store(UUID itemId, List<AttachmentUpload> uploads, Instant at);
}
