package org.qingfeng.gateway.console.assessment;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What the console reads of analysis's {@code GET /api/assessments/{year}}. Shares and scores are
 * read as decimals, digit for digit, so that a decision records the figures exactly as analysis
 * computed and the page showed them.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record Ranking(int year, @Nullable String method, List<Ranked> informants) {

    Ranking {
        informants = informants == null
                ? List.of()
                : informants.stream().filter(Objects::nonNull).toList();
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Ranked(
            @Nullable Integer rank,
            String informantToken,
            @Nullable String homeNodeCode,
            @Nullable String status,
            @Nullable Long items,
            @Nullable Long adopted,
            @Nullable BigDecimal adoptedShare,
            @Nullable Long timely,
            @Nullable BigDecimal timelyShare,
            @Nullable Long duplicates,
            @Nullable Long unfounded,
            @Nullable Long malicious,
            @Nullable BigDecimal score,
            @Nullable String recommendation,
            @Nullable List<String> reasons) {

        Ranked {
            informantToken = Objects.toString(informantToken, "");
            reasons = reasons == null ? List.of() : List.copyOf(reasons);
        }
    }
}
