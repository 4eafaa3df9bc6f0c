package org.qingfeng.disposal.inbox;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.qingfeng.contracts.EventIds;
import org.qingfeng.contracts.analysis.Severity;
import org.qingfeng.contracts.disposal.CaseStepped;
import org.qingfeng.contracts.disposal.CaseStepped.State;
import org.qingfeng.contracts.disposal.CaseStepped.Step;
import org.qingfeng.contracts.disposal.WarningColour;
import org.qingfeng.contracts.intake.FollowUpRecorded;
import org.qingfeng.disposal.NetworkFixtures;
import org.qingfeng.disposal.cases.CaseView;

/**
 * Cases as the {@code cases} projection would hold them: a blue four-colour case of the fixed county,
 * concerning and addressed to its department {@link NetworkFixtures#DEPARTMENT}, its notice 〔2026〕7号 issued, its
 * reply due at the start of 24 November 2026 in Shanghai.
 */
public final class CaseFixtures {

    public static final Instant OPENED = Instant.parse("2026-11-16T02:00:00Z");
    public static final Instant DUE = Instant.parse("2026-11-23T16:00:00Z");

    private CaseFixtures() {}

    /** Opened and its notice issued: sequence 2, state OPEN. */
    public static CaseView anyCase() {
        return anyCaseAddressedTo(NetworkFixtures.DEPARTMENT);
    }

    public static CaseView anyCaseAddressedTo(String recipientCode) {
        UUID caseId = UUID.randomUUID();
        CaseStepped opened = step(caseId, 1, Step.OPENED, State.OPEN, recipientCode, OPENED, DUE, null, null);
        CaseStepped notice =
                step(caseId, 2, Step.NOTICE_ISSUED, State.OPEN, recipientCode, OPENED, DUE, null, "〔2026〕7号");
        return view(List.of(opened, notice));
    }

    /** An immediate case: acknowledgement due 24 hours after opening, the reply on the usual deadline. */
    public static CaseView anyImmediateCase(Instant acknowledgeBy) {
        UUID caseId = UUID.randomUUID();
        String recipient = NetworkFixtures.DEPARTMENT;
        CaseStepped opened = step(caseId, 1, Step.OPENED, State.OPEN, recipient, OPENED, DUE, acknowledgeBy, null);
        CaseStepped notice =
                step(caseId, 2, Step.NOTICE_ISSUED, State.OPEN, recipient, OPENED, DUE, acknowledgeBy, "〔2026〕8号");
        return view(List.of(opened, notice));
    }

    /** The case after one more step, its standing as the step leaves it. */
    public static CaseView after(CaseView c, Step step, State state, Instant at, @Nullable Instant dueAt) {
        CaseStepped last = c.history().get(c.history().size() - 1);
        CaseStepped next = step(
                c.caseId(), c.sequence() + 1, step, state, c.recipientCode(), at, dueAt, last.acknowledgeBy(), null);
        List<CaseStepped> history = new ArrayList<>(c.history());
        history.add(next);
        return view(history);
    }

    public static CaseStepped step(
            UUID caseId,
            long sequence,
            Step step,
            State state,
            String recipientCode,
            Instant at,
            @Nullable Instant dueAt,
            @Nullable Instant acknowledgeBy,
            @Nullable String documentNumber) {
        return stepWith(
                caseId,
                sequence,
                step,
                state,
                recipientCode,
                at,
                dueAt,
                acknowledgeBy,
                documentNumber,
                "",
                null,
                List.of(),
                null);
    }

    public static CaseStepped stepWith(
            UUID caseId,
            long sequence,
            Step step,
            State state,
            String recipientCode,
            Instant at,
            @Nullable Instant dueAt,
            @Nullable Instant acknowledgeBy,
            @Nullable String documentNumber,
            String reason,
            @Nullable String text,
            List<UUID> attachmentIds,
            FollowUpRecorded.@Nullable Rectified confirmation) {
        return new CaseStepped(
                EventIds.derive("case-stepped", caseId + "#" + sequence),
                at,
                caseId,
                sequence,
                step,
                CaseStepped.Origin.FINDING,
                UUID.nameUUIDFromBytes(("finding" + caseId).getBytes(StandardCharsets.UTF_8)),
                List.of(UUID.nameUUIDFromBytes(("item" + caseId).getBytes(StandardCharsets.UTF_8))),
                recipientCode,
                NetworkFixtures.TOWNSHIP,
                recipientCode,
                NetworkFixtures.ROOT,
                null,
                "four-colour",
                1,
                0,
                "BLUE",
                WarningColour.BLUE,
                state,
                dueAt,
                acknowledgeBy,
                Severity.MODERATE,
                "policy-1",
                reason,
                step == Step.OPENED || step == Step.NOTICE_ISSUED ? "disposal-service" : "u-officer",
                documentNumber,
                text,
                attachmentIds,
                null,
                null,
                confirmation);
    }

    /** The case as the projection folds its steps: the standing of the last one. */
    public static CaseView view(List<CaseStepped> history) {
        return CaseView.of(history);
    }
}
