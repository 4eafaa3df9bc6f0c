package org.qingfeng.intake.attachment;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.qingfeng.contracts.EventIds;
import org.qingfeng.contracts.Topics;

/** The ids and sealing purposes of attachments: one place, so writer and reader agree. */
final class AttachmentSeals {

    private AttachmentSeals() {}

    /** Derived from the item and the file's place in it, so a retried submission rewrites the same records. */
    static UUID attachmentId(UUID itemId, int position) {
        return UUID.nameUUIDFromBytes(("attachment:" + itemId + ":" + position).getBytes(StandardCharsets.UTF_8));
    }

    static UUID chunkEventId(UUID attachmentId, int index) {
        return EventIds.derive(Topics.ATTACHMENT_CHUNKS.eventType(), attachmentId + ":" + index);
    }

    static String chunkPurpose(UUID attachmentId, int index) {
        return "attachment:" + attachmentId + ":" + index;
    }

    static String namePurpose(UUID attachmentId) {
        return "attachment-name:" + attachmentId;
    }

    /** The {@code _id} of a chunk in {@code attachment_chunks}. */
    static String chunkKey(UUID attachmentId, int index) {
        return attachmentId + ":" + index;
    }
}
