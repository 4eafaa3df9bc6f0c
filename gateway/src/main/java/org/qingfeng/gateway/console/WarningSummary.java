package org.qingfeng.gateway.console;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.Map;

/** Disposal's {@code GET /api/cases/summary}: how many unfinished cases of each colour (and more). */
@JsonIgnoreProperties(ignoreUnknown = true)
record WarningSummary(Map<String, Long> byColour) {

    WarningSummary {
        byColour = byColour == null ? Map.of() : Map.copyOf(byColour);
    }
}
