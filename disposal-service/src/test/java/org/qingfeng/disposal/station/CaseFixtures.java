package org.qingfeng.disposal.station;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.qingfeng.contracts.analysis.Severity;
import org.qingfeng.contracts.disposal.CaseStepped;
import org.qingfeng.contracts.disposal.CaseStepped.State;
import org.qingfeng.contracts.disposal.CaseStepped.Step;
import org.qingfeng.contracts.disposal.WarningColour;
import org.qingfeng.disposal.NetworkFixtures;
import org.qingfeng.disposal.cases.CaseView;

/**
 * Cases as the projection holds them, on the fixed county of {@link NetworkFixtures}: opened from a
 * finding on the four-colour ladder, with its first notice issued (sequence 2).
 */
public final class CaseFixtures {

    /** The fixed clock of the slice tests. */
    public static final Instant NOW = Instant.parse("2026-11-20T02:00:00Z");

    private CaseFixtures() {}

    /** A blue case of the department, from the own township, due in a week. */
    public static CaseView anyCase() {
        return of(NetworkFixtures.DEPARTMENT, NetworkFixtures.TOWNSHIP)
                .colour(WarningColour.BLUE)
                .build();
    }

    public static Builder of(String unitCode, String townshipCode) {
        return new Builder(unitCode, townshipCode);
    }

    /** The step after {@code c}'s latest, standing as {@code c} does but in {@code state}. */
    public static CaseStepped next(CaseView c, Step step, State state) {
        return stepped(c, c.sequence() + 1, step, state, c.updatedAt());
    }

    static CaseStepped stepped(CaseView c, long sequence, Step step, State state, Instant at) {
        return new CaseStepped(
                UUID.randomUUID(),
                at,
                c.caseId(),
                sequence,
                step,
                c.origin(),
                c.findingId(),
                c.itemIds(),
                c.unitCode(),
                c.townshipCode(),
                c.recipientCode(),
                c.stationCode(),
                c.post(),
                c.ladder(),
                c.ladderVersion(),
                c.rung(),
                c.rungCode(),
                c.colour(),
                state,
                c.dueAt(),
                c.acknowledgeBy(),
                c.severity(),
                c.policyVersion(),
                step == Step.OPENED ? "一般问题，蓝色预警 / minor: blue" : "",
                step == Step.OPENED || step == Step.NOTICE_ISSUED ? "disposal-service" : "u-station",
                step == Step.NOTICE_ISSUED ? "〔2026〕" + sequence + "号" : null,
                null,
                List.of(),
                null,
                null,
                null);
    }

    public static final class Builder {
        private final String unitCode;
        private final String townshipCode;
        private UUID caseId = UUID.randomUUID();
        private String ladder = "four-colour";
        private WarningColour colour = WarningColour.BLUE;
        private State state = State.OPEN;
        private @Nullable Instant dueAt = NOW.plusSeconds(7 * 86_400);
        private @Nullable Instant acknowledgeBy;
        private Instant openedAt = NOW.minusSeconds(86_400);

        private Builder(String unitCode, String townshipCode) {
            this.unitCode = unitCode;
            this.townshipCode = townshipCode;
        }

        public Builder id(UUID value) {
            this.caseId = value;
            return this;
        }

        public Builder ladder(String value) {
            this.ladder = value;
            return this;
        }

        public Builder colour(WarningColour value) {
            this.colour = value;
            return this;
        }

        public Builder state(State value) {
            this.state = value;
            return this;
        }

        public Builder dueAt(@Nullable Instant value) {
            this.dueAt = value;
            return this;
        }

        public Builder acknowledgeBy(@Nullable Instant value) {
            this.acknowledgeBy = value;
            return this;
        }

        public Builder openedAt(Instant value) {
            this.openedAt = value;
            return this;
        }

        /** Opened, then its notice issued a minute later; the case stands in the chosen state. */
        public CaseView build() {
            Instant noticed = openedAt.plusSeconds(60);
            CaseView bare = new CaseView(
                    caseId,
                    2,
                    CaseStepped.Origin.FINDING,
                    UUID.randomUUID(),
                    List.of(UUID.randomUUID()),
                    unitCode,
                    townshipCode,
                    unitCode,
                    NetworkFixtures.ROOT,
                    null,
                    ladder,
                    1,
                    colour.ordinal(),
                    colour.name(),
                    colour,
                    state,
                    dueAt,
                    acknowledgeBy,
                    Severity.MINOR,
                    "first-colour-1",
                    openedAt,
                    noticed,
                    List.of());
            List<CaseStepped> history = new ArrayList<>();
            history.add(stepped(bare, 1, Step.OPENED, State.OPEN, openedAt));
            history.add(stepped(bare, 2, Step.NOTICE_ISSUED, state, noticed));
            return new CaseView(
                    bare.caseId(),
                    bare.sequence(),
                    bare.origin(),
                    bare.findingId(),
                    bare.itemIds(),
                    bare.unitCode(),
                    bare.townshipCode(),
                    bare.recipientCode(),
                    bare.stationCode(),
                    bare.post(),
                    bare.ladder(),
                    bare.ladderVersion(),
                    bare.rung(),
                    bare.rungCode(),
                    bare.colour(),
                    bare.state(),
                    bare.dueAt(),
                    bare.acknowledgeBy(),
                    bare.severity(),
                    bare.policyVersion(),
                    bare.openedAt(),
                    bare.updatedAt(),
                    List.copyOf(history));
        }
    }
}
