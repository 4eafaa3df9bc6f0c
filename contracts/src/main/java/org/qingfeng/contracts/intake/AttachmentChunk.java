package org.qingfeng.contracts.intake;

import java.time.Instant;
import java.util.UUID;

/**
 * A piece of an attachment, sealed: intake's private store of submitted files, written before the
 * submission that names them. Only intake reads this topic.
 *
 * @param eventId derived from the attachment id and index, so a resend is dropped
 * @param index from 0 to {@code count - 1}
 * @param data the bytes, Base64 inside the box, sealed for purpose {@code attachment:<attachmentId>:<index>}
 */
public record AttachmentChunk(
        UUID eventId, Instant occurredAt, UUID attachmentId, UUID itemId, int index, int count, SealedBox data) {}
