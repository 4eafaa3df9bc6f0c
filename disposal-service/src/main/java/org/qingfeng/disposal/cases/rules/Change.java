package org.qingfeng.disposal.cases.rules;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.qingfeng.contracts.disposal.CaseStepped;
import org.qingfeng.contracts.intake.FollowUpRecorded;

/**
 * One step the machine allowed, with the standing after it: what {@link CaseFacts#event} turns into a
 * {@link CaseStepped}. A notice's number is claimed outside the machine and set with {@link #numbered}.
 */
public record Change(
        CaseStepped.Step step,
        Standing after,
        Instant occurredAt,
        String actor,
        String reason,
        @Nullable String text,
        List<UUID> attachmentIds,
        CaseStepped.@Nullable TalkKind talkKind,
        @Nullable Instant scheduledFor,
        FollowUpRecorded.@Nullable Rectified confirmation,
        @Nullable String documentNumber) {

    public Change {
        attachmentIds = List.copyOf(attachmentIds);
    }

    static Change of(CaseStepped.Step step, Standing after, Instant at, String actor, String reason) {
        return new Change(step, after, at, actor, reason, null, List.of(), null, null, null, null);
    }

    static Change of(Move move, Standing after, String reason) {
        return new Change(
                move.step(),
                after,
                move.at(),
                move.actor(),
                reason,
                move.text(),
                move.attachmentIds(),
                move.talkKind(),
                move.scheduledFor(),
                move.confirmation(),
                null);
    }

    public long sequence() {
        return after.sequence();
    }

    public Change numbered(String number) {
        return new Change(
                step,
                after,
                occurredAt,
                actor,
                reason,
                text,
                attachmentIds,
                talkKind,
                scheduledFor,
                confirmation,
                number);
    }
}
