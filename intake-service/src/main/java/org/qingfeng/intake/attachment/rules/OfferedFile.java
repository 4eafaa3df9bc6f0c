package org.qingfeng.intake.attachment.rules;

import org.jspecify.annotations.Nullable;

/** A file as it was sent, before any check: its name and type are only the sender's claims. */
public record OfferedFile(String fileName, @Nullable String declaredType, byte[] content) {

    /** Neither the name nor the bytes. */
    @Override
    public String toString() {
        return "OfferedFile[" + content.length + " bytes]";
    }
}
