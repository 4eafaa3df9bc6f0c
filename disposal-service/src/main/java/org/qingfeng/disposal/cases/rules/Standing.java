package org.qingfeng.disposal.cases.rules;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.qingfeng.contracts.disposal.CaseStepped;
import org.qingfeng.contracts.disposal.WarningColour;

/**
 * Where a case stands: what every step carries after it, plus how far the talk of a talk rung has
 * come (the steps say it, the standing keeps it so that the machine need not read the history).
 *
 * @param sequence the latest step's sequence
 * @param updatedAt when the latest step happened
 */
public record Standing(
        String ladder,
        int ladderVersion,
        int rung,
        String rungCode,
        WarningColour colour,
        CaseStepped.State state,
        @Nullable Instant dueAt,
        @Nullable Instant acknowledgeBy,
        long sequence,
        Instant updatedAt,
        Talk talk) {

    /** The talk on the current rung. */
    public enum Talk {
        NONE,
        SCHEDULED,
        RECORDED
    }

    /** The standing after the last of {@code history}, steps in sequence order. */
    public static Standing of(List<CaseStepped> history) {
        if (history.isEmpty()) {
            throw new IllegalArgumentException("a case has at least its opening step");
        }
        Talk talk = Talk.NONE;
        for (CaseStepped step : history) {
            talk = switch (step.step()) {
                case OPENED, REPLY_REJECTED, ESCALATED, REFERRED -> Talk.NONE;
                case TALK_SCHEDULED -> Talk.SCHEDULED;
                case TALK_RECORDED -> Talk.RECORDED;
                default -> talk;
            };
        }
        CaseStepped last = history.get(history.size() - 1);
        return new Standing(
                last.ladder(),
                last.ladderVersion(),
                last.rung(),
                last.rungCode(),
                last.colour(),
                last.state(),
                last.dueAt(),
                last.acknowledgeBy(),
                last.sequence(),
                last.occurredAt(),
                talk);
    }

    public boolean finished() {
        return state == CaseStepped.State.CLOSED || state == CaseStepped.State.REFERRED;
    }

    /** Waiting for the recipient: open or acknowledged. */
    public boolean waiting() {
        return state == CaseStepped.State.OPEN || state == CaseStepped.State.ACKNOWLEDGED;
    }

    Standing next(Instant at, CaseStepped.State newState, Talk newTalk) {
        return new Standing(
                ladder,
                ladderVersion,
                rung,
                rungCode,
                colour,
                newState,
                dueAt,
                acknowledgeBy,
                sequence + 1,
                at,
                newTalk);
    }

    Standing onRung(
            Ladder onLadder,
            int index,
            CaseStepped.State newState,
            @Nullable Instant due,
            @Nullable Instant ackBy,
            Instant at) {
        Rung placed = onLadder.rung(index);
        return new Standing(
                onLadder.id(),
                onLadder.version(),
                index,
                placed.code(),
                placed.colour(),
                newState,
                due,
                ackBy,
                sequence + 1,
                at,
                Talk.NONE);
    }
}
