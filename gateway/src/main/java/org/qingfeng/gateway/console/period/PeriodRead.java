package org.qingfeng.gateway.console.period;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What the console reads of analysis's {@code GET /api/periods/{period}}: the state, every version
 * closed or reopened, the figures frozen at the version shown, what changed since the previous
 * closed version, and where today's numbers differ from the frozen ones. Figures are decimals, so
 * a frozen {@code 12.0} shows as {@code 12}.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record PeriodRead(
        @Nullable String period,
        @Nullable String state,
        @Nullable Long version,
        List<Version> versions,
        List<Figure> figures,
        List<Change> changes,
        List<Live> live) {

    PeriodRead {
        versions = clean(versions);
        figures = clean(figures);
        changes = clean(changes);
        live = clean(live);
    }

    private static <T> List<T> clean(@Nullable List<T> list) {
        return list == null ? List.of() : list.stream().filter(Objects::nonNull).toList();
    }

    /** Public for the template: a number as a person reads it, without trailing zeros. */
    public static String plain(@Nullable BigDecimal value) {
        return value == null ? "—" : value.stripTrailingZeros().toPlainString();
    }

    public boolean closed() {
        return "CLOSED".equals(state);
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Version(
            @Nullable Long version,
            @Nullable String state,
            @Nullable Instant at,
            @Nullable String actor,
            @Nullable String digest,
            @Nullable String reason) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Figure(
            @Nullable String table,
            @Nullable String key,
            @Nullable BigDecimal value) {

        public String shown() {
            return plain(value);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Change(
            @Nullable String table,
            @Nullable String key,
            @Nullable BigDecimal from,
            @Nullable BigDecimal to) {

        public String fromShown() {
            return plain(from);
        }

        public String toShown() {
            return plain(to);
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Live(
            @Nullable String table,
            @Nullable String key,
            @Nullable BigDecimal frozen,
            @Nullable BigDecimal now) {

        public String frozenShown() {
            return plain(frozen);
        }

        public String nowShown() {
            return plain(now);
        }
    }
}
