package org.qingfeng.gateway.console.reporting;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** What the console reads of intake's {@code GET /api/reporting/windows}. */
@JsonIgnoreProperties(ignoreUnknown = true)
record Windows(List<Window> windows, List<Unavailable> unavailable) {

    Windows {
        windows = windows == null
                ? List.of()
                : windows.stream().filter(Objects::nonNull).toList();
        unavailable = unavailable == null
                ? List.of()
                : unavailable.stream().filter(Objects::nonNull).toList();
    }

    /** A window intake cannot compute: its closing day falls in a year without a working-day table. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Unavailable(
            @Nullable String unitCode,
            @Nullable String period,
            @Nullable Integer year,
            @Nullable String problem) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Window(
            @Nullable String unitCode,
            @Nullable String cycle,
            @Nullable String period,
            @Nullable String opensOn,
            @Nullable String closesOn,
            @Nullable String state,
            @Nullable Instant filedAt,
            boolean nil,
            @Nullable Integer itemCount) {}
}
