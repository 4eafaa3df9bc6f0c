package org.qingfeng.gateway.console.index;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What the console reads of analysis's index: {@code GET /api/index/{yyyy-Qn}} (the rows), {@code
 * GET /api/index/trend} (one node's quarters) and {@code GET /api/index/methods}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record IndexRead(@Nullable String quarter, @Nullable String method, List<Row> rows) {

    IndexRead {
        rows = clean(rows);
    }

    static <T> List<T> clean(@Nullable List<T> list) {
        return list == null ? List.of() : list.stream().filter(Objects::nonNull).toList();
    }

    /** Public for the template: a score as a person reads it. */
    public static String plain(@Nullable BigDecimal value) {
        return value == null ? "" : value.stripTrailingZeros().toPlainString();
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Row(
            @Nullable String nodeCode,
            @Nullable String nodeKind,
            @Nullable Score integrity,
            @Nullable Score completeness,
            @Nullable Boolean suppressed) {

        public boolean hidden() {
            return Boolean.TRUE.equals(suppressed);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Score(@Nullable BigDecimal score, @Nullable String grade, List<Deduction> deductions) {

        Score {
            deductions = clean(deductions);
        }

        public String shown() {
            return plain(score);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Deduction(
            @Nullable String rule,
            @Nullable String label,
            @Nullable BigDecimal points,
            @Nullable Long count,
            List<String> itemIds,
            List<String> warningIds,
            List<String> findingIds) {

        Deduction {
            itemIds = clean(itemIds);
            warningIds = clean(warningIds);
            findingIds = clean(findingIds);
        }

        public String pointsShown() {
            return plain(points);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Trend(@Nullable String node, @Nullable String method, List<Point> points) {

        Trend {
            points = clean(points);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Point(
            @Nullable String quarter,
            @Nullable BigDecimal integrity,
            @Nullable String grade,
            @Nullable BigDecimal completeness) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Methods(List<Method> methods) {

        Methods {
            methods = clean(methods);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Method(@Nullable String version, @Nullable String summary) {}
}
