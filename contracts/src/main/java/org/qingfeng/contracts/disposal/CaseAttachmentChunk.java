package org.qingfeng.contracts.disposal;

import java.time.Instant;
import java.util.UUID;

/**
 * A piece of a file a department attached to a reply, or the station to a talk record. Disposal's
 * own store of case files: the case step that names the file is published after all its chunks.
 *
 * @param eventId derived from the attachment id and index, so a resend is dropped
 * @param index from 0 to {@code count - 1}
 * @param fileName the name the uploader gave, kept for the download
 * @param sha256 hex digest of the whole file, the same on every chunk
 * @param data this chunk's bytes
 */
public record CaseAttachmentChunk(
        UUID eventId,
        Instant occurredAt,
        UUID attachmentId,
        UUID caseId,
        int index,
        int count,
        String fileName,
        String contentType,
        long size,
        String sha256,
        byte[] data) {}
