package org.qingfeng.gateway.console.item;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Intake's {@code GET /api/items/{itemId}/attachments}: the names are the served ones (附件1.pdf). */
@JsonIgnoreProperties(ignoreUnknown = true)
record Attachments(List<Attachment> attachments) {

    Attachments {
        attachments = attachments == null ? List.of() : List.copyOf(attachments);
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Attachment(
            @Nullable String attachmentId,
            @Nullable String mediaType,
            long size,
            @Nullable String fileName) {}
}
