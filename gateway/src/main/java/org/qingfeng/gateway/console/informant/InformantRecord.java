package org.qingfeng.gateway.console.informant;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What the console reads of intake's {@code POST /api/informants/record}: the roster fields, the
 * training attended, when and how the network kept in touch (notes stay sealed in intake) and the
 * assessment decisions with the figures they were taken on. No identity field exists here.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record InformantRecord(
        String informantToken,
        @Nullable String homeNodeCode,
        @Nullable String appointedByCode,
        @Nullable String type,
        @Nullable String status,
        @Nullable String appointedOn,
        boolean rotationDue,
        List<Training> trainingRecords,
        List<Contact> contactLog,
        List<Decision> decisions) {

    InformantRecord {
        informantToken = Objects.toString(informantToken, "");
        trainingRecords = listOf(trainingRecords);
        contactLog = listOf(contactLog);
        decisions = listOf(decisions);
    }

    private static <T> List<T> listOf(@Nullable List<T> list) {
        return list == null ? List.of() : list.stream().filter(Objects::nonNull).toList();
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Training(
            @Nullable String on,
            @Nullable String level,
            @Nullable String course,
            int hours) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Contact(@Nullable String on, @Nullable String way) {}

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Decision(
            int year,
            @Nullable String verdict,
            @Nullable String decidedBy,
            @Nullable Instant decidedAt,
            @Nullable String method,
            @Nullable List<String> figures) {

        /** Public for the template: the figures on one line. */
        public String figuresText() {
            return figures == null ? "" : String.join(", ", figures);
        }
    }
}
