package org.qingfeng.gateway.console.item;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Intake's {@code GET /api/items/{itemId}/follow-ups}: questions, answers and the confirmation. */
@JsonIgnoreProperties(ignoreUnknown = true)
record FollowUps(List<Step> thread) {

    FollowUps {
        thread = thread == null ? List.of() : List.copyOf(thread);
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Step(
            @Nullable String followUpId,
            @Nullable String kind,
            @Nullable String text,
            @Nullable Instant at,
            @Nullable String questionId,
            @Nullable String askedBy,
            @Nullable String rectified) {}
}
