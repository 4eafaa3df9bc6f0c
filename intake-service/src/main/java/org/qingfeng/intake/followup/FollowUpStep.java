package org.qingfeng.intake.followup;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.qingfeng.contracts.intake.FollowUpRecorded;

/**
 * One step of a follow-up as staff see it.
 *
 * @param questionId on an answer, the question it answers
 * @param askedBy on a question, the staff account that asked
 * @param rectified on a confirmation, the submitter's verdict
 */
record FollowUpStep(
        UUID followUpId,
        FollowUpRecorded.Kind kind,
        String text,
        Instant at,
        @Nullable UUID questionId,
        @Nullable String askedBy,
        FollowUpRecorded.@Nullable Rectified rectified) {}
