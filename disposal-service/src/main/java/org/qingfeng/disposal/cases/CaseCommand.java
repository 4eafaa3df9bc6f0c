package org.qingfeng.disposal.cases;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.qingfeng.contracts.disposal.CaseStepped;
import org.qingfeng.contracts.intake.FollowUpRecorded;

/**
 * A step someone (or the clock) wants to take on a case. {@link CaseSteps} checks it against the
 * case as projected and the ladder's state machine, then publishes it.
 *
 * @param expectedSequence the case's sequence the caller saw; another step in between is a conflict.
 *     Null for steps that do not race a person (a receipt holder's confirmation)
 * @param actor the subject taking the step
 */
public record CaseCommand(
        UUID caseId,
        @Nullable Long expectedSequence,
        CaseStepped.Step step,
        String actor,
        @Nullable String reason,
        @Nullable String text,
        List<UUID> attachmentIds,
        CaseStepped.@Nullable TalkKind talkKind,
        @Nullable Instant scheduledFor,
        FollowUpRecorded.@Nullable Rectified confirmation) {

    /** A department's acknowledgement of receipt. */
    public static CaseCommand acknowledge(UUID caseId, long expectedSequence, String actor) {
        return new CaseCommand(
                caseId,
                expectedSequence,
                CaseStepped.Step.ACKNOWLEDGED,
                actor,
                null,
                null,
                List.of(),
                null,
                null,
                null);
    }

    /** A department's reply (explanation or rectification report) with the files already stored. */
    public static CaseCommand reply(
            UUID caseId, long expectedSequence, String actor, String text, List<UUID> attachmentIds) {
        return new CaseCommand(
                caseId,
                expectedSequence,
                CaseStepped.Step.REPLIED,
                actor,
                null,
                text,
                List.copyOf(attachmentIds),
                null,
                null,
                null);
    }

    /** A receipt holder's verdict on whether the problem was fixed, from intake's follow-up. */
    public static CaseCommand confirmation(UUID caseId, FollowUpRecorded.Rectified verdict) {
        return new CaseCommand(
                caseId,
                null,
                CaseStepped.Step.CONFIRMATION_RECORDED,
                "receipt-holder",
                null,
                null,
                List.of(),
                null,
                null,
                verdict);
    }
}
