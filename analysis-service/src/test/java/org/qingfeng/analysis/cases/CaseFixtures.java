package org.qingfeng.analysis.cases;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.qingfeng.analysis.cases.rules.CaseHistory;
import org.qingfeng.contracts.EventIds;
import org.qingfeng.contracts.analysis.Severity;
import org.qingfeng.contracts.disposal.CaseStepped;
import org.qingfeng.contracts.disposal.CaseStepped.State;
import org.qingfeng.contracts.disposal.CaseStepped.Step;
import org.qingfeng.contracts.disposal.WarningColour;

/** Disposal cases written step by step on the four-colour ladder, as disposal would publish them. */
public final class CaseFixtures {

    private CaseFixtures() {}

    /** A case of a finding on {@code unitCode}, about {@code itemIds}; add its steps in order. */
    public static Script anyCase(
            String stationCode, String townshipCode, String unitCode, @Nullable UUID findingId, List<UUID> itemIds) {
        return new Script(UUID.randomUUID(), stationCode, townshipCode, unitCode, findingId, itemIds);
    }

    /** A case of one immediate item. */
    public static Script anyCase(String stationCode, String townshipCode, String unitCode, UUID itemId) {
        return anyCase(stationCode, townshipCode, unitCode, null, List.of(itemId));
    }

    /** The steps of one case, numbered in the order they are added. */
    public static final class Script {
        private final UUID caseId;
        private final String stationCode;
        private final String townshipCode;
        private final String unitCode;
        private final @Nullable UUID findingId;
        private final List<UUID> itemIds;
        private final List<CaseStepped> steps = new ArrayList<>();

        private Script(
                UUID caseId,
                String stationCode,
                String townshipCode,
                String unitCode,
                @Nullable UUID findingId,
                List<UUID> itemIds) {
            this.caseId = caseId;
            this.stationCode = stationCode;
            this.townshipCode = townshipCode;
            this.unitCode = unitCode;
            this.findingId = findingId;
            this.itemIds = List.copyOf(itemIds);
        }

        /** Opened at {@code at} on {@code colour}, a reply due at {@code dueAt}. */
        public Script opened(Instant at, WarningColour colour, @Nullable Instant dueAt) {
            return step(Step.OPENED, at, colour, State.OPEN, dueAt);
        }

        /** The next step, leaving the case on {@code colour} in {@code state}. */
        public Script step(Step step, Instant at, WarningColour colour, State state, @Nullable Instant dueAt) {
            long sequence = steps.size() + 1L;
            steps.add(new CaseStepped(
                    EventIds.derive("case-stepped", caseId + "#" + sequence),
                    at,
                    caseId,
                    sequence,
                    step,
                    findingId == null ? CaseStepped.Origin.IMMEDIATE_ITEM : CaseStepped.Origin.FINDING,
                    findingId,
                    itemIds,
                    unitCode,
                    townshipCode,
                    unitCode,
                    stationCode,
                    null,
                    "four-colour",
                    1,
                    colour.ordinal(),
                    colour.name(),
                    colour,
                    state,
                    dueAt,
                    null,
                    Severity.SERIOUS,
                    "first-colour-1",
                    "测试 / test",
                    "u-station",
                    null,
                    null,
                    List.of(),
                    null,
                    null,
                    null));
            return this;
        }

        public UUID caseId() {
            return caseId;
        }

        public List<CaseStepped> steps() {
            return List.copyOf(steps);
        }

        public CaseStepped step(long sequence) {
            return steps.get((int) sequence - 1);
        }

        /** The history the projection would hold after every step so far. */
        public CaseHistory history() {
            return history(steps);
        }

        /** The history the projection would hold after {@code seen}. */
        public CaseHistory history(List<CaseStepped> seen) {
            return new CaseHistory(
                    caseId,
                    findingId,
                    itemIds,
                    unitCode,
                    townshipCode,
                    stationCode,
                    seen.stream().map(CaseHistory.Step::of).toList());
        }
    }
}
