package org.qingfeng.gateway.console;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What the console reads of disposal's {@code GET /api/warnings}. */
@JsonIgnoreProperties(ignoreUnknown = true)
record RecentWarnings(List<Warning> warnings) {

    RecentWarnings {
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Warning(
            @Nullable String colour,
            @Nullable String colourLabel,
            @Nullable String unitCode,
            @Nullable String townshipCode,
            @Nullable String reason,
            @Nullable Instant issuedAt) {}
}
