package org.qingfeng.analysis.cases.rules;

import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.qingfeng.contracts.disposal.CaseStepped;
import org.qingfeng.contracts.disposal.CaseStepped.State;
import org.qingfeng.contracts.disposal.WarningColour;

/**
 * A disposal case as analysis keeps it: where it stands and the steps seen so far, in sequence order,
 * each with the standing it left the case in. Steps arrive in any order and more than once; the
 * projection keeps the first step seen for each sequence, so this fold never depends on arrival.
 *
 * @param findingId the finding that opened the case, null for an immediate item
 * @param itemIds the items behind the case
 * @param steps the steps seen, at most one per sequence, ordered by sequence
 */
public record CaseHistory(
        UUID caseId,
        @Nullable UUID findingId,
        List<UUID> itemIds,
        String unitCode,
        String townshipCode,
        String stationCode,
        List<Step> steps) {

    public CaseHistory {
        itemIds = List.copyOf(itemIds);
        steps = steps.stream().sorted(Comparator.comparingLong(Step::sequence)).toList();
    }

    /**
     * One step and the case's standing after it.
     *
     * @param rung the rung the step left the case on
     * @param colour the four-colour equivalent of that rung
     * @param dueAt the reply deadline then running, null where none runs
     * @param acknowledgeBy the immediate lane's acknowledgement deadline, else null
     */
    public record Step(
            long sequence,
            CaseStepped.Step step,
            Instant occurredAt,
            int rung,
            WarningColour colour,
            State state,
            @Nullable Instant dueAt,
            @Nullable Instant acknowledgeBy) {

        public static Step of(CaseStepped stepped) {
            return new Step(
                    stepped.sequence(),
                    stepped.step(),
                    stepped.occurredAt(),
                    stepped.rung(),
                    stepped.colour(),
                    stepped.state(),
                    stepped.dueAt(),
                    stepped.acknowledgeBy());
        }

        public boolean finished() {
            return state == State.CLOSED || state == State.REFERRED;
        }
    }

    /** The case as it stood just before {@code end}: only the steps taken before it. */
    public CaseHistory until(Instant end) {
        return new CaseHistory(
                caseId,
                findingId,
                itemIds,
                unitCode,
                townshipCode,
                stationCode,
                steps.stream().filter(s -> s.occurredAt().isBefore(end)).toList());
    }

    /** The opening step (sequence 1), once it has been seen. */
    public Optional<Step> opening() {
        return steps.stream()
                .filter(s -> s.sequence() == 1 && s.step() == CaseStepped.Step.OPENED)
                .findFirst();
    }

    /** The month the case was opened in, reckoned in {@code zone}; empty until the opening is seen. */
    public Optional<YearMonth> openedIn(ZoneId zone) {
        return opening().map(s -> YearMonth.from(s.occurredAt().atZone(zone)));
    }

    /**
     * The month a step opened its case in, reckoned in {@code zone}: present only for the opening
     * step (sequence 1, {@code OPENED}), so a case counts in the quarter it was opened whatever
     * quarter its later steps fall in.
     */
    public static Optional<YearMonth> openingMonth(CaseStepped step, ZoneId zone) {
        return step.sequence() == 1 && step.step() == CaseStepped.Step.OPENED
                ? Optional.of(YearMonth.from(step.occurredAt().atZone(zone)))
                : Optional.empty();
    }

    /** The latest step seen: the case's standing. */
    public Optional<Step> latest() {
        return steps.isEmpty() ? Optional.empty() : Optional.of(steps.get(steps.size() - 1));
    }

    /**
     * The highest colour the case ever stood at: escalations raise it, and no later step lowers it
     * (a rung is never left downwards, but a step read out of order must not pretend otherwise).
     */
    public Optional<WarningColour> highestColour() {
        return steps.stream().map(Step::colour).max(Comparator.naturalOrder());
    }

    /** Handed over for case investigation: a {@code REFERRED} step, or a standing of {@code REFERRED}. */
    public boolean referred() {
        return steps.stream().anyMatch(s -> s.step() == CaseStepped.Step.REFERRED || s.state() == State.REFERRED);
    }

    /**
     * Closed after verification: the station accepted a reply ({@code REPLY_ACCEPTED}) and the case
     * stood {@code CLOSED} on that step or a later one.
     */
    public boolean verified() {
        return steps.stream()
                .filter(s -> s.step() == CaseStepped.Step.REPLY_ACCEPTED)
                .anyMatch(accepted ->
                        steps.stream().anyMatch(s -> s.sequence() >= accepted.sequence() && s.state() == State.CLOSED));
    }

    /**
     * Escalated by the ladder at least once: a deadline passed ({@code ESCALATED}) or the station
     * rejected a reply ({@code REPLY_REJECTED}). A referral by the station is counted as a referral,
     * not as an escalation.
     */
    public boolean escalated() {
        return steps.stream()
                .anyMatch(s -> s.step() == CaseStepped.Step.ESCALATED || s.step() == CaseStepped.Step.REPLY_REJECTED);
    }

    /** Finished (closed or referred) by its latest step. */
    public boolean finished() {
        return latest().map(Step::finished).orElse(false);
    }

    /**
     * Overdue at {@code at}, as disposal reckons it: unfinished, and either not acknowledged after the
     * immediate lane's deadline or not answered after the reply deadline.
     */
    public boolean overdue(Instant at) {
        Optional<Step> standing = latest();
        if (standing.isEmpty() || standing.get().finished()) {
            return false;
        }
        Step s = standing.get();
        boolean ackLate = s.acknowledgeBy() != null && s.state() == State.OPEN && at.isAfter(s.acknowledgeBy());
        boolean replyLate = s.dueAt() != null
                && (s.state() == State.OPEN || s.state() == State.ACKNOWLEDGED)
                && at.isAfter(s.dueAt());
        return ackLate || replyLate;
    }
}
