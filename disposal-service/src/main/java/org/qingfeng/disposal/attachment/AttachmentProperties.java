package org.qingfeng.disposal.attachment;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings under {@code disposal.attachments.*}.
 *
 * @param chunkSize the size of a file's pieces on {@code disposal.case-attachments.v1}; a piece travels
 *     base64-encoded in JSON, so 256 KB stays well under the broker's 1 MB record limit
 * @param maxFiles how many files a reply may carry
 * @param maxFileSize how large each of them may be
 */
@ConfigurationProperties("disposal.attachments")
public record AttachmentProperties(
        @DefaultValue("256KB") DataSize chunkSize,
        @DefaultValue("5") int maxFiles,
        @DefaultValue("5MB") DataSize maxFileSize) {}
