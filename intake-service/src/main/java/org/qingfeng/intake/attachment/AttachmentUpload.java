package org.qingfeng.intake.attachment;

import org.jspecify.annotations.Nullable;

/**
 * A file as a channel received it, before any check. The sender's type and name are only claims:
 * the type is sniffed from the content, and the name is sealed.
 *
 * @param fileName as sent, possibly naming a person; never logged
 * @param declaredType the sender's media type, if any, only compared with what the content is
 */
public record AttachmentUpload(String fileName, @Nullable String declaredType, byte[] content) {

    /** Neither the name nor the bytes. */
    @Override
    public String toString() {
        return "AttachmentUpload[" + content.length + " bytes]";
    }
}
