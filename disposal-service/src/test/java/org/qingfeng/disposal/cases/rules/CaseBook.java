package org.qingfeng.disposal.cases.rules;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.qingfeng.contracts.EventIds;
import org.qingfeng.contracts.analysis.Severity;
import org.qingfeng.contracts.disposal.CaseStepped;
import org.qingfeng.contracts.disposal.CaseStepped.Step;
import org.qingfeng.disposal.cases.rules.FirstColourPolicy.Circumstances;
import org.qingfeng.disposal.cases.rules.FirstColourPolicy.Placement;

/**
 * Cases kept in memory the way the projection keeps them, driven through the policy and the machine
 * on a {@link MutableClock}: what the services do, without Kafka or Mongo.
 */
final class CaseBook {

    static final String STATION = "330281";

    private final MutableClock clock;
    private final FirstColourPolicy policy;
    private final CaseMachine machine;
    private final Map<UUID, List<CaseStepped>> cases = new LinkedHashMap<>();

    CaseBook(MutableClock clock) {
        this(clock, FirstColourSettings.defaults());
    }

    CaseBook(MutableClock clock, FirstColourSettings settings) {
        this.clock = clock;
        this.policy = new FirstColourPolicy(settings);
        this.machine = new CaseMachine(Ladders.defaults(), new Deadlines(Calendars.shipped()));
    }

    MutableClock clock() {
        return clock;
    }

    /** Opens a case for {@code unit} on {@code ladder} as the policy places it; answers its id. */
    UUID open(String unit, String ladder, Circumstances circumstances, @Nullable Duration acknowledgeWithin) {
        UUID caseId = EventIds.derive("case", UUID.randomUUID());
        Instant now = clock.instant();
        Placement placement = policy.place(Ladders.defaults().get(ladder), circumstances, now);
        CaseFacts facts = new CaseFacts(
                caseId,
                acknowledgeWithin == null ? CaseStepped.Origin.FINDING : CaseStepped.Origin.IMMEDIATE_ITEM,
                null,
                List.of(UUID.randomUUID()),
                unit,
                STATION + "-101",
                unit,
                STATION,
                null,
                placement.severity(),
                placement.policyVersion());
        List<Change> changes = machine.open(
                new Opening(ladder, placement.rung(), now, acknowledgeWithin, placement.reason(), "u-staff"));
        List<CaseStepped> history = new ArrayList<>();
        changes.forEach(change -> history.add(facts.event(change)));
        cases.put(caseId, history);
        return caseId;
    }

    UUID open(String unit, Severity severity) {
        return open(unit, Ladders.FOUR_COLOUR, new Circumstances(severity, null, false, List.of()), null);
    }

    /** The steps a move made on the case, applied. */
    List<CaseStepped> step(UUID caseId, Move move) {
        List<CaseStepped> history = cases.get(caseId);
        CaseFacts facts = CaseFacts.of(history.get(0));
        List<CaseStepped> made = machine.step(Standing.of(history), move).stream()
                .map(facts::event)
                .toList();
        history.addAll(made);
        return made;
    }

    List<CaseStepped> step(UUID caseId, Step step, String actor) {
        return step(caseId, Move.of(step, clock.instant(), actor));
    }

    /** What the deadline sweeper does: one escalation for every case past a deadline now. */
    int sweep() {
        int escalated = 0;
        for (UUID caseId : cases.keySet()) {
            Standing standing = standing(caseId);
            if (!standing.finished() && CaseMachine.missedDeadline(standing, clock.instant()) != null) {
                step(caseId, Move.of(Step.ESCALATED, clock.instant(), CaseMachine.CLOCK));
                escalated++;
            }
        }
        return escalated;
    }

    Standing standing(UUID caseId) {
        return Standing.of(cases.get(caseId));
    }

    List<CaseStepped> history(UUID caseId) {
        return List.copyOf(cases.get(caseId));
    }

    Map<UUID, List<CaseStepped>> all() {
        return cases;
    }

    CaseStepped last(UUID caseId) {
        List<CaseStepped> history = cases.get(caseId);
        return history.get(history.size() - 1);
    }
}
