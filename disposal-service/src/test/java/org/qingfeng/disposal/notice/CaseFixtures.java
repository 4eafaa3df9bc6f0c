package org.qingfeng.disposal.notice;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.qingfeng.contracts.EventIds;
import org.qingfeng.contracts.analysis.Severity;
import org.qingfeng.contracts.disposal.CaseStepped;
import org.qingfeng.contracts.disposal.WarningColour;
import org.qingfeng.disposal.NetworkFixtures;
import org.qingfeng.disposal.cases.CaseView;

/**
 * Cases as the cases projection holds them, in the fixed county: opened on a rung, its notice issued
 * on 9 November 2026 (Beijing time) as 〔2026〕7号 with a reply due before 24 November.
 */
public final class CaseFixtures {

    public static final Instant ISSUED = Instant.parse("2026-11-09T01:00:00Z");
    public static final Instant DUE = Instant.parse("2026-11-23T16:00:00Z");
    public static final String NUMBER = "〔2026〕7号";

    /** Every ladder's rungs: ladder, rung code, four-colour equivalent. */
    public record Rung(String ladder, int rung, String code, WarningColour colour) {}

    public static final List<Rung> RUNGS = List.of(
            new Rung("four-colour", 0, "BLUE", WarningColour.BLUE),
            new Rung("four-colour", 1, "YELLOW", WarningColour.YELLOW),
            new Rung("four-colour", 2, "ORANGE", WarningColour.ORANGE),
            new Rung("four-colour", 3, "RED", WarningColour.RED),
            new Rung("inquiry", 0, "REMINDER", WarningColour.BLUE),
            new Rung("inquiry", 1, "INQUIRY", WarningColour.YELLOW),
            new Rung("inquiry", 2, "INTERVIEW", WarningColour.ORANGE),
            new Rung("inquiry", 3, "DISPOSAL", WarningColour.RED),
            new Rung("cards", 0, "GREEN_CARD", WarningColour.BLUE),
            new Rung("cards", 1, "YELLOW_CARD", WarningColour.ORANGE),
            new Rung("cards", 2, "RED_CARD", WarningColour.RED),
            new Rung("admonishments", 0, "ADMONISH_REMIND", WarningColour.BLUE),
            new Rung("admonishments", 1, "ADMONISH_SUPERVISE", WarningColour.YELLOW),
            new Rung("admonishments", 2, "ADMONISH_CORRECT", WarningColour.ORANGE));

    private CaseFixtures() {}

    public static CaseView anyOrangeCase() {
        return aCase(RUNGS.get(2), CaseStepped.Origin.FINDING, NetworkFixtures.DEPARTMENT, UUID.randomUUID());
    }

    /** Opened on {@code rung} and its notice issued (sequence 2), for a unit with the township above it. */
    public static CaseView aCase(Rung rung, CaseStepped.Origin origin, String unitCode, UUID findingId) {
        UUID caseId = UUID.randomUUID();
        boolean referral = rung.colour() == WarningColour.RED;
        CaseStepped opened =
                step(caseId, 1, CaseStepped.Step.OPENED, rung, origin, unitCode, findingId, ISSUED, referral);
        CaseStepped notice =
                step(caseId, 2, CaseStepped.Step.NOTICE_ISSUED, rung, origin, unitCode, findingId, ISSUED, referral);
        return view(List.of(opened, notice));
    }

    /** Opened on BLUE, escalated on timeout to YELLOW (sequence 3), its second notice at sequence 4. */
    public static CaseView anEscalatedCase() {
        UUID caseId = UUID.randomUUID();
        Rung blue = RUNGS.get(0);
        Rung yellow = RUNGS.get(1);
        Instant earlier = Instant.parse("2026-10-20T01:00:00Z");
        String unit = NetworkFixtures.DEPARTMENT;
        CaseStepped.Origin origin = CaseStepped.Origin.FINDING;
        UUID finding = UUID.randomUUID();
        return view(List.of(
                step(caseId, 1, CaseStepped.Step.OPENED, blue, origin, unit, finding, earlier, false),
                step(caseId, 2, CaseStepped.Step.NOTICE_ISSUED, blue, origin, unit, finding, earlier, false),
                step(caseId, 3, CaseStepped.Step.ESCALATED, yellow, origin, unit, finding, ISSUED, false),
                step(caseId, 4, CaseStepped.Step.NOTICE_ISSUED, yellow, origin, unit, finding, ISSUED, false)));
    }

    /** The case with {@code more} applied after its history. */
    public static CaseView with(CaseView c, CaseStepped more) {
        List<CaseStepped> history = new ArrayList<>(c.history());
        history.add(more);
        return view(history);
    }

    public static CaseStepped next(
            CaseView c, CaseStepped.Step step, CaseStepped.State state, Instant at, @Nullable Instant dueAt) {
        CaseStepped last = c.history().get(c.history().size() - 1);
        return new CaseStepped(
                EventIds.derive("case-stepped", c.caseId() + "#" + (c.sequence() + 1)),
                at,
                c.caseId(),
                c.sequence() + 1,
                step,
                last.origin(),
                last.findingId(),
                last.itemIds(),
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
                state,
                dueAt,
                last.acknowledgeBy(),
                last.severity(),
                last.policyVersion(),
                "理由 / reason",
                "u-7f3a9c",
                null,
                null,
                List.of(),
                null,
                null,
                null);
    }

    private static CaseStepped step(
            UUID caseId,
            long sequence,
            CaseStepped.Step step,
            Rung rung,
            CaseStepped.Origin origin,
            String unitCode,
            UUID findingId,
            Instant at,
            boolean referral) {
        return new CaseStepped(
                EventIds.derive("case-stepped", caseId + "#" + sequence),
                at,
                caseId,
                sequence,
                step,
                origin,
                origin == CaseStepped.Origin.FINDING ? findingId : null,
                List.of(EventIds.derive("item", caseId.toString())),
                unitCode,
                NetworkFixtures.TOWNSHIP,
                unitCode,
                NetworkFixtures.ROOT,
                "窗口审批",
                rung.ladder(),
                1,
                rung.rung(),
                rung.code(),
                rung.colour(),
                referral ? CaseStepped.State.REFERRED : CaseStepped.State.OPEN,
                referral ? null : DUE,
                null,
                Severity.SERIOUS,
                "first-colour-1",
                "首次定级 / first colour",
                "disposal-service",
                step == CaseStepped.Step.NOTICE_ISSUED ? NUMBER : null,
                null,
                List.of(),
                null,
                null,
                null);
    }

    private static CaseView view(List<CaseStepped> history) {
        return CaseView.of(history);
    }
}
