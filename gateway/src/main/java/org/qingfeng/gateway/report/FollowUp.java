package org.qingfeng.gateway.report;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Intake's receipt follow-up: the bodies the pages send and the status they read (public only so the
 * templates' expressions can read them).
 */
public final class FollowUp {

    private FollowUp() {}

    record StatusRequest(String receipt) {}

    record AnswerRequest(
            String receipt,
            @Nullable String questionId,
            @Nullable String text) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ConfirmationRequest(
            String receipt,
            @Nullable String rectified,
            @Nullable String comment) {}

    /**
     * What intake tells the holder of a receipt: the status, the questions asked and their own
     * answers and confirmation. Never a member of staff's identity: intake does not send one.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Status(
            @Nullable String status,
            @Nullable String statusLabel,
            @Nullable String submittedAt,
            @Nullable List<Entry> thread,
            boolean canConfirm) {

        public Status {
            thread = thread == null ? List.of() : List.copyOf(thread);
        }

        /** The questions still waiting for an answer: each gets its own answer box. */
        public List<Entry> openQuestions() {
            return thread.stream()
                    .filter(entry -> "QUESTION".equals(entry.kind()))
                    .filter(question -> thread.stream()
                            .noneMatch(entry -> "ANSWER".equals(entry.kind())
                                    && question.followUpId() != null
                                    && question.followUpId().equals(entry.questionId())))
                    .toList();
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Entry(
            @Nullable String followUpId,
            @Nullable String kind,
            @Nullable String text,
            @Nullable String at,
            @Nullable String questionId) {}
}
