package org.qingfeng.gateway.console.analysis;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.qingfeng.gateway.console.FormValues;

/** The body of analysis's {@code POST /api/analysis/findings}: a finding published to disposal or exchange. */
record Publication(
        @Nullable String period,
        @Nullable String findingId,
        @Nullable String destination,
        @Nullable String severity) {

    static final Set<String> FIELDS = Set.of("destination", "severity");
    static final List<String> DESTINATIONS = List.of("DISPOSAL", "EXCHANGE");

    static Publication from(FormValues form) {
        return new Publication(
                form.text("period"), form.text("findingId"), form.text("destination"), form.text("severity"));
    }
}
