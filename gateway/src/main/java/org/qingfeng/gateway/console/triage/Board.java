package org.qingfeng.gateway.console.triage;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What the console reads of analysis's {@code GET /api/triage/board}: the month's counts, how many
 * items were kept off this reviewer's board, and the items, urgent first. No description: staff
 * open the item's page for that, which intake audits.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record Board(
        @Nullable String month,
        @Nullable Map<String, Long> counts,
        @Nullable Long excluded,
        List<Entry> items) {

    Board {
        counts = counts == null ? Map.of() : Map.copyOf(counts);
        items = items == null
                ? List.of()
                : items.stream().filter(Objects::nonNull).toList();
    }

    long count(String name) {
        Long value = counts == null ? null : counts.get(name);
        return value == null ? 0 : value;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Entry(
            String itemId,
            @Nullable Instant submittedAt,
            @Nullable String regionCode,
            @Nullable String townshipCode,
            @Nullable String unitCode,
            @Nullable String subjectArea,
            @Nullable String channel,
            @Nullable String urgency,
            @Nullable String submitterKind,
            @Nullable String decision,
            @Nullable Long sequence,
            @Nullable String reason,
            @Nullable String relatedItemId,
            @Nullable Classification classification,
            @Nullable Instant decidedAt,
            @Nullable String decidedBy,
            @Nullable List<Match> matches) {

        Entry {
            itemId = Objects.toString(itemId, "");
            matches = matches == null
                    ? List.of()
                    : matches.stream().filter(Objects::nonNull).toList();
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Classification(
            @Nullable String subjectArea,
            @Nullable String riskCategory,
            @Nullable String riskPointId,
            @Nullable String severity,
            @Nullable String office) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Match(
            @Nullable String itemId,
            @Nullable String relation,
            @Nullable Double similarity) {}
}
