package org.qingfeng.intake.attachment;

import java.util.List;
import java.util.Set;
import org.qingfeng.intake.attachment.rules.AttachmentLimits;
import org.qingfeng.intake.attachment.rules.FileKind;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of attachments, under {@code intake.attachments.*}.
 *
 * @param maxFiles files one item may carry
 * @param maxFileSize the largest file
 * @param maxTotalSize all files of one item together; {@code spring.servlet.multipart.max-request-size}
 *     must leave room for it
 * @param allowedTypes media types accepted, among those intake recognises ({@link FileKind})
 * @param chunkSize the plaintext of one record on {@code intake.attachment-chunks.v1}; sealed and in
 *     Base64 it grows by a third, and must stay under the producer's {@code max.request.size} and the
 *     broker's {@code message.max.bytes} (both 1 MB by default)
 */
@ConfigurationProperties("intake.attachments")
public record AttachmentProperties(
        @DefaultValue("5") int maxFiles,
        @DefaultValue("10MB") DataSize maxFileSize,
        @DefaultValue("25MB") DataSize maxTotalSize,
        List<String> allowedTypes,
        @DefaultValue("256KB") DataSize chunkSize) {

    /** What a phone sends: photos, PDFs, office documents, voice recordings. HEIC is not among them (see {@link FileKind#HEIC}). */
    static final List<String> DEFAULT_TYPES = List.of(FileKind.values()).stream()
            .filter(FileKind::storable)
            .map(FileKind::mediaType)
            .toList();

    static final DataSize LARGEST_CHUNK = DataSize.ofKilobytes(512);

    public AttachmentProperties {
        allowedTypes = allowedTypes == null || allowedTypes.isEmpty() ? DEFAULT_TYPES : List.copyOf(allowedTypes);
        List<String> known =
                List.of(FileKind.values()).stream().map(FileKind::mediaType).toList();
        allowedTypes.stream().filter(t -> !known.contains(t)).findFirst().ifPresent(t -> {
            throw new IllegalArgumentException("intake.attachments.allowed-types: intake does not recognise " + t);
        });
        if (chunkSize.toBytes() < 1 || chunkSize.compareTo(LARGEST_CHUNK) > 0) {
            throw new IllegalArgumentException("intake.attachments.chunk-size must be 1 byte to 512KB: sealed in"
                    + " Base64 it must fit the 1 MB a Kafka record may have by default");
        }
    }

    AttachmentLimits limits() {
        return new AttachmentLimits(maxFiles, maxFileSize.toBytes(), maxTotalSize.toBytes(), Set.copyOf(allowedTypes));
    }
}
