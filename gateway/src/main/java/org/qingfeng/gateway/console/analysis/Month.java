package org.qingfeng.gateway.console.analysis;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** What the console reads of analysis's {@code GET /api/analysis/months/{yyyy-MM}}. */
@JsonIgnoreProperties(ignoreUnknown = true)
record Month(
        @Nullable String period,
        @Nullable String scope,
        @Nullable String method,
        @Nullable Totals totals,
        List<Tally> byTownship,
        List<Tally> byUnit,
        List<Tally> bySubject,
        List<Tally> byChannel,
        List<Finding> findings) {

    Month {
        byTownship = clean(byTownship);
        byUnit = clean(byUnit);
        bySubject = clean(bySubject);
        byChannel = clean(byChannel);
        findings = clean(findings);
    }

    static <T> List<T> clean(@Nullable List<T> list) {
        return list == null ? List.of() : list.stream().filter(Objects::nonNull).toList();
    }

    /** A count analysis left out counts as none. */
    static Long zeroIfNull(@Nullable Long value) {
        return value == null ? 0L : value;
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Totals(Long items, Long handled, Long unhandled) {

        Totals {
            items = zeroIfNull(items);
            handled = zeroIfNull(handled);
            unhandled = zeroIfNull(unhandled);
        }
    }

    /** One bar: a township, unit, subject area or channel by its code, with its items and how many were handled. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Tally(@Nullable String code, Long items, Long handled) {

        Tally {
            items = zeroIfNull(items);
            handled = zeroIfNull(handled);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Finding(
            String findingId,
            @Nullable String kind,
            @Nullable String regionCode,
            @Nullable String unitCode,
            List<String> unitCodes,
            @Nullable String subjectArea,
            @Nullable Long count,
            @Nullable String evidence,
            Map<String, BigDecimal> numbers,
            List<PeriodCount> history,
            List<String> itemIds,
            @Nullable String suggestedDestination,
            @Nullable String competentDepartmentCode,
            @Nullable Published published) {

        Finding {
            findingId = Objects.toString(findingId, "");
            unitCodes = clean(unitCodes);
            numbers = numbers == null ? Map.of() : new LinkedHashMap<>(numbers);
            history = clean(history);
            itemIds = clean(itemIds);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record PeriodCount(@Nullable String period, Long count) {

        PeriodCount {
            count = zeroIfNull(count);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Published(
            @Nullable String destination,
            @Nullable String severity,
            @Nullable Instant publishedAt) {}

    /** Analysis's {@code GET /api/analysis/trend}: items and handled per month, oldest first. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Trend(List<TrendMonth> months) {

        Trend {
            months = clean(months);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record TrendMonth(@Nullable String period, Long items, Long handled) {

        TrendMonth {
            items = zeroIfNull(items);
            handled = zeroIfNull(handled);
        }
    }
}
