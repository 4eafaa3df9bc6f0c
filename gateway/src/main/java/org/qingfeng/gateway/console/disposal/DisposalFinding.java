package org.qingfeng.gateway.console.disposal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.qingfeng.gateway.console.DisposalCase;

/** What the cases page reads of disposal's {@code GET /api/disposal/findings?destination=DISPOSAL}. */
@JsonIgnoreProperties(ignoreUnknown = true)
record DisposalFinding(
        @Nullable String findingId,
        @Nullable String period,
        @Nullable String kind,
        @Nullable String unitCode,
        @Nullable String subjectArea,
        @Nullable String severity,
        @Nullable String evidence,
        @Nullable Instant publishedAt) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Findings(List<DisposalFinding> findings) {

        Findings {
            findings = DisposalCase.clean(findings);
        }
    }
}
