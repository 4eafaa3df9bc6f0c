package org.qingfeng.intake.attachment.rules;

import java.util.Set;

/**
 * How many files an item may carry, how large each and all together may be, and which media types
 * are accepted (those of {@link FileKind}).
 */
public record AttachmentLimits(int maxFiles, long maxFileSize, long maxTotalSize, Set<String> allowedTypes) {

    public AttachmentLimits {
        allowedTypes = Set.copyOf(allowedTypes);
        if (maxFiles < 0 || maxFileSize < 1 || maxTotalSize < maxFileSize) {
            throw new IllegalArgumentException("attachment limits must be positive, the total at least one file");
        }
    }
}
