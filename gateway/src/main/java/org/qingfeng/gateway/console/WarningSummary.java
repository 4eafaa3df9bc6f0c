package org.qingfeng.gateway.console;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.Map;

/** Disposal's {@code GET /api/warnings/summary}: how many warnings of each colour. */
@JsonIgnoreProperties(ignoreUnknown = true)
record WarningSummary(Map<String, Long> byColour) {

    WarningSummary {
        byColour = byColour == null ? Map.of() : Map.copyOf(byColour);
    }
}
