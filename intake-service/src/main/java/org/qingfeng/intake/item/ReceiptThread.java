package org.qingfeng.intake.item;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.qingfeng.contracts.intake.FollowUpRecorded;

/**
 * The follow-up as a receipt holder sees it: never who asked.
 *
 * @param canConfirm whether the holder may now say whether the problem was fixed
 * @param confirmPrompt the question put to the holder while they may, Chinese first; else null
 */
public record ReceiptThread(
        List<Entry> thread, boolean canConfirm, @Nullable String confirmPrompt) {

    /**
     * @param questionId the question an answer answers, else null
     * @param rectified the verdict of a confirmation, else null
     */
    public record Entry(
            UUID followUpId,
            FollowUpRecorded.Kind kind,
            String text,
            Instant at,
            @Nullable UUID questionId,
            FollowUpRecorded.@Nullable Rectified rectified) {}
}
