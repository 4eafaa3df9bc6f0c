package org.qingfeng.disposal.cases;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.qingfeng.contracts.analysis.Severity;
import org.qingfeng.contracts.disposal.CaseStepped;
import org.qingfeng.contracts.disposal.WarningColour;

/**
 * A case as the {@code cases} projection holds it: the standing after its latest applied step,
 * and every applied step in sequence order.
 *
 * @param sequence the latest applied step's sequence; a command names it to say what it saw
 * @param openedAt when the case was opened ({@link CaseStepped.Step#OPENED})
 * @param updatedAt when its latest step happened
 * @param history the applied steps, oldest first
 */
public record CaseView(
        UUID caseId,
        long sequence,
        CaseStepped.Origin origin,
        @Nullable UUID findingId,
        List<UUID> itemIds,
        String unitCode,
        String townshipCode,
        String recipientCode,
        String stationCode,
        @Nullable String post,
        String ladder,
        int ladderVersion,
        int rung,
        String rungCode,
        WarningColour colour,
        CaseStepped.State state,
        @Nullable Instant dueAt,
        @Nullable Instant acknowledgeBy,
        Severity severity,
        String policyVersion,
        Instant openedAt,
        Instant updatedAt,
        List<CaseStepped> history) {

    /** The case as its applied steps (oldest first, at least the opening) make it. */
    public static CaseView of(List<CaseStepped> history) {
        CaseStepped first = history.get(0);
        CaseStepped last = history.get(history.size() - 1);
        return new CaseView(
                first.caseId(),
                last.sequence(),
                first.origin(),
                first.findingId(),
                first.itemIds(),
                last.unitCode(),
                last.townshipCode(),
                last.recipientCode(),
                last.stationCode(),
                last.post(),
                last.ladder(),
                last.ladderVersion(),
                last.rung(),
                last.rungCode(),
                last.colour(),
                last.state(),
                last.dueAt(),
                last.acknowledgeBy(),
                last.severity(),
                last.policyVersion(),
                first.occurredAt(),
                last.occurredAt(),
                List.copyOf(history));
    }

    /** Whether the case is closed or referred: nothing is due any more. */
    public boolean finished() {
        return state == CaseStepped.State.CLOSED || state == CaseStepped.State.REFERRED;
    }

    /** Whether a deadline (the reply's, or the immediate lane's acknowledgement) has passed at {@code now}. */
    public boolean overdue(Instant now) {
        if (finished()) {
            return false;
        }
        boolean ackLate = acknowledgeBy != null && state == CaseStepped.State.OPEN && now.isAfter(acknowledgeBy);
        boolean replyLate = dueAt != null
                && (state == CaseStepped.State.OPEN || state == CaseStepped.State.ACKNOWLEDGED)
                && now.isAfter(dueAt);
        return ackLate || replyLate;
    }

    /** The step applied with {@code sequence}, if any. */
    public Optional<CaseStepped> step(long sequence) {
        return history.stream().filter(s -> s.sequence() == sequence).findFirst();
    }

    /** The notices issued on this case, oldest first. */
    public List<CaseStepped> notices() {
        return history.stream()
                .filter(s -> s.step() == CaseStepped.Step.NOTICE_ISSUED)
                .toList();
    }
}
