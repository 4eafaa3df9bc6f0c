package org.qingfeng.gateway.console.register;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** What the console reads of analysis's {@code GET /api/register} and {@code GET /api/register/gaps}. */
@JsonIgnoreProperties(ignoreUnknown = true)
record Register(List<Point> points, @Nullable Map<String, Long> summary) {

    Register {
        points = clean(points);
        summary = summary == null ? Map.of() : Map.copyOf(summary);
    }

    static <T> List<T> clean(@Nullable List<T> list) {
        return list == null ? List.of() : list.stream().filter(Objects::nonNull).toList();
    }

    /** Public for the template: a count of the summary, zero when analysis left it out. */
    public long count(String name) {
        Long value = summary == null ? null : summary.get(name);
        return value == null ? 0 : value;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Point(
            String riskPointId,
            @Nullable String unitCode,
            @Nullable String post,
            @Nullable String description,
            @Nullable String category,
            @Nullable String level,
            @Nullable String measures,
            @Nullable String leaderLevel,
            @Nullable String responsibleLeader,
            @Nullable LocalDate holderSince,
            @Nullable LocalDate lastSelfCheckOn,
            @Nullable LocalDate nextSelfCheckOn,
            @Nullable Boolean overdue,
            @Nullable Boolean rotationDue,
            @Nullable Boolean firing,
            @Nullable Long items90d,
            @Nullable List<String> keywords) {

        Point {
            riskPointId = Objects.toString(riskPointId, "");
            keywords = keywords == null ? List.of() : List.copyOf(keywords);
        }

        public boolean isOverdue() {
            return Boolean.TRUE.equals(overdue);
        }

        public boolean isRotationDue() {
            return Boolean.TRUE.equals(rotationDue);
        }

        public boolean isFiring() {
            return Boolean.TRUE.equals(firing);
        }

        /** The keywords as the form's box shows them, one a line. */
        public String keywordLines() {
            return String.join("\n", keywords == null ? List.of() : keywords);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Gaps(List<Gap> items) {

        Gaps {
            items = clean(items);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Gap(
            @Nullable String itemId,
            @Nullable String unitCode,
            @Nullable String subjectArea,
            @Nullable String riskCategory,
            @Nullable Instant decidedAt) {}

    /** Analysis's answer to an import: how many points it loaded. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Imported(@Nullable Long points) {}
}
