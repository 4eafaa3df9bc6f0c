package org.qingfeng.gateway.console.triage;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** What the console reads of analysis's {@code GET /api/triage/conflicts}: the caller's own only. */
@JsonIgnoreProperties(ignoreUnknown = true)
record Conflicts(List<Conflict> conflicts, @Nullable Long exclusions) {

    Conflicts {
        conflicts = conflicts == null
                ? List.of()
                : conflicts.stream().filter(Objects::nonNull).toList();
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Conflict(
            @Nullable String conflictId,
            @Nullable String kind,
            @Nullable String target,
            @Nullable String reason,
            @Nullable Instant declaredAt) {}
}
