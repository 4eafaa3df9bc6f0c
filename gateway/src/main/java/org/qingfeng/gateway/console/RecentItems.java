package org.qingfeng.gateway.console;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the console reads of intake's {@code GET /api/items}. The description is deliberately not
 * here: it is confidential and the console shell never holds it.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record RecentItems(List<Item> items) {

    RecentItems {
        items = items == null ? List.of() : List.copyOf(items);
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Item(
            @Nullable String itemId,
            @Nullable String status,
            @Nullable String statusLabel,
            @Nullable Instant submittedAt,
            @Nullable String townshipCode,
            @Nullable String unitCode,
            @Nullable String subjectArea,
            @Nullable String urgency) {}
}
