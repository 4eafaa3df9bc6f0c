package org.qingfeng.gateway.console.item;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What the page reads of intake's {@code GET /api/items/{itemId}}, description included: staff in
 * the item's scope read it there, intake audits the read, and the page is never cached.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record ItemRead(
        @Nullable String itemId,
        @Nullable String status,
        @Nullable String statusLabel,
        @Nullable Instant submittedAt,
        @Nullable String submitterKind,
        @Nullable String regionCode,
        @Nullable String townshipCode,
        @Nullable String unitCode,
        @Nullable String subjectArea,
        @Nullable String riskCategory,
        @Nullable String urgency,
        @Nullable String channel,
        @Nullable String description,
        @Nullable Warning warning) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Warning(
            @Nullable String warningId,
            @Nullable String colour,
            @Nullable Instant issuedAt) {}
}
