package org.qingfeng.disposal.cases.rules;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.qingfeng.contracts.disposal.CaseStepped;
import org.qingfeng.contracts.intake.FollowUpRecorded;

/** A step someone (or the clock) asks of the machine, at {@code at}, with what the step carries. */
public record Move(
        CaseStepped.Step step,
        Instant at,
        String actor,
        @Nullable String reason,
        @Nullable String text,
        List<UUID> attachmentIds,
        CaseStepped.@Nullable TalkKind talkKind,
        @Nullable Instant scheduledFor,
        FollowUpRecorded.@Nullable Rectified confirmation) {

    public Move {
        attachmentIds = List.copyOf(attachmentIds);
    }

    public static Move of(CaseStepped.Step step, Instant at, String actor) {
        return new Move(step, at, actor, null, null, List.of(), null, null, null);
    }

    public Move because(@Nullable String why) {
        return new Move(step, at, actor, why, text, attachmentIds, talkKind, scheduledFor, confirmation);
    }

    public Move saying(@Nullable String words, List<UUID> files) {
        return new Move(step, at, actor, reason, words, files, talkKind, scheduledFor, confirmation);
    }

    public Move talk(CaseStepped.@Nullable TalkKind kind, @Nullable Instant when) {
        return new Move(step, at, actor, reason, text, attachmentIds, kind, when, confirmation);
    }

    public Move verdict(FollowUpRecorded.@Nullable Rectified rectified) {
        return new Move(step, at, actor, reason, text, attachmentIds, talkKind, scheduledFor, rectified);
    }
}
