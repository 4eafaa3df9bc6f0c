package org.qingfeng.gateway.console.item;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Intake's {@code GET /api/items/{itemId}/matches}: items about the same incident or problem. */
@JsonIgnoreProperties(ignoreUnknown = true)
record Matches(List<Match> matches) {

    Matches {
        matches = matches == null ? List.of() : List.copyOf(matches);
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Match(@Nullable String itemId, @Nullable String relation, double similarity) {}
}
