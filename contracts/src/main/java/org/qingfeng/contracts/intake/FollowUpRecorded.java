package org.qingfeng.contracts.intake;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A step in the anonymous conversation about an item: the work station asks, the submitter answers
 * with their receipt, and later says whether the rectification really happened. The texts are
 * confidential content, never logged; nothing here says who the submitter is.
 *
 * @param followUpId this step's id; an answer names the question it answers in {@code questionId}
 * @param askedBy the staff account that asked (a subject id), only on a question
 * @param rectified the submitter's verdict, only on a confirmation
 */
public record FollowUpRecorded(
        UUID eventId,
        Instant occurredAt,
        UUID itemId,
        UUID followUpId,
        Kind kind,
        @Nullable UUID questionId,
        String text,
        @Nullable String askedBy,
        @Nullable Rectified rectified) {

    public enum Kind {
        /** 工作站提问 */
        QUESTION,
        /** 报送人答复 */
        ANSWER,
        /** 报送人确认整改情况 */
        CONFIRMATION
    }

    /** Whether, in the submitter's eyes, the problem was fixed. */
    public enum Rectified {
        /** 已整改 */
        FIXED,
        /** 部分整改 */
        PARTLY,
        /** 未整改 */
        NOT_FIXED
    }
}
