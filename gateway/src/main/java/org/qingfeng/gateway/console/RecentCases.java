package org.qingfeng.gateway.console;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Disposal's {@code GET /api/cases}: the cases in the caller's scope, overdue first, then by the
 * nearest deadline, and the counts by colour and standing.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record RecentCases(List<DisposalCase> cases, Map<String, Long> counts) {

    public RecentCases {
        cases = DisposalCase.clean(cases);
        counts = counts == null ? Map.of() : Map.copyOf(counts);
    }

    public long count(@Nullable String key) {
        return key == null ? 0 : Math.max(0, counts.getOrDefault(key, 0L));
    }
}
