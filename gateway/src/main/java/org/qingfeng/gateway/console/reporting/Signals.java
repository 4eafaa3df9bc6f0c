package org.qingfeng.gateway.console.reporting;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** What the console reads of disposal's {@code GET /api/reporting-signals}: silence as a signal. */
@JsonIgnoreProperties(ignoreUnknown = true)
record Signals(List<Signal> signals) {

    Signals {
        signals = signals == null
                ? List.of()
                : signals.stream().filter(Objects::nonNull).toList();
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Signal(
            @Nullable String unitCode,
            @Nullable String cycle,
            @Nullable String period,
            @Nullable String closesOn,
            @Nullable String state,
            @Nullable Instant filedAt) {}
}
