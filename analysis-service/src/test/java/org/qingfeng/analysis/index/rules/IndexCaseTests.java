package org.qingfeng.analysis.index.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.qingfeng.analysis.index.rules.IndexFixtures.COUNTY;
import static org.qingfeng.analysis.index.rules.IndexFixtures.TOWNSHIP;
import static org.qingfeng.analysis.index.rules.IndexFixtures.UNIT;
import static org.qingfeng.analysis.index.rules.IndexFixtures.anyItem;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.qingfeng.analysis.cases.CaseFixtures;
import org.qingfeng.analysis.cases.CaseFixtures.Script;
import org.qingfeng.analysis.cases.rules.CaseHistory;
import org.qingfeng.analysis.index.rules.IndexRow.Level;
import org.qingfeng.contracts.analysis.TriageDecision;
import org.qingfeng.contracts.disposal.CaseStepped.State;
import org.qingfeng.contracts.disposal.CaseStepped.Step;
import org.qingfeng.contracts.disposal.WarningColour;
import org.qingfeng.contracts.intake.NodeKind;

/** Disposal's cases in the index: a warning at the highest colour, in the quarter opened; referrals from index-3. */
class IndexCaseTests {

    private static final Instant AUGUST = Instant.parse("2026-08-10T02:00:00Z");
    private static final Instant DUE = Instant.parse("2026-08-20T16:00:00Z");

    private final Facts.Item first = anyItem(TriageDecision.ACCEPTED, null);
    private final Facts.Item second = anyItem(null, null);
    private final Facts.Item third = anyItem(null, null);

    private Script anyCase() {
        return CaseFixtures.anyCase(COUNTY, TOWNSHIP, UNIT, null, List.of(first.itemId(), second.itemId()));
    }

    @Test
    void aCaseDeductsOnceAtTheHighestColourItReachedLinkedByItsCaseId() {
        Script escalated = anyCase()
                .opened(AUGUST, WarningColour.BLUE, DUE)
                .step(Step.ESCALATED, DUE.plusSeconds(3_600), WarningColour.YELLOW, State.OPEN, DUE)
                .step(Step.REPLY_REJECTED, DUE.plusSeconds(86_400 * 9), WarningColour.ORANGE, State.OPEN, DUE)
                .step(Step.REPLY_ACCEPTED, DUE.plusSeconds(86_400 * 30), WarningColour.ORANGE, State.CLOSED, null);

        for (IndexMethod method : IndexMethod.ALL) {
            IndexRow row = unitRow(method, facts(escalated.history()));

            assertThat(row.integrity().deductions())
                    .extracting(Deduction::rule, Deduction::points, Deduction::count, Deduction::warningIds)
                    .containsExactly(tuple("WARNING_ORANGE", 8, 1, List.of(escalated.caseId())));
            assertThat(row.integrity().deductions().get(0).itemIds())
                    .containsExactlyInAnyOrder(first.itemId(), second.itemId());
        }
    }

    @Test
    void aLowerStepReadOutOfOrderNeverLowersTheColour() {
        Script c = anyCase()
                .opened(AUGUST, WarningColour.YELLOW, DUE)
                .step(Step.ESCALATED, DUE.plusSeconds(3_600), WarningColour.RED, State.OPEN, null)
                .step(Step.ACKNOWLEDGED, DUE.plusSeconds(7_200), WarningColour.YELLOW, State.ACKNOWLEDGED, null);

        CaseHistory seen = c.history(List.of(c.step(3), c.step(1), c.step(2)));

        assertThat(onlyRule(IndexMethod.INDEX_1, facts(seen))).isEqualTo("WARNING_RED");
    }

    @Test
    void aCaseIsCountedOnlyOnceItsOpeningIsSeenAndThenInTheQuarterOfTheOpening() {
        Script acrossNewYear = anyCase()
                .opened(Instant.parse("2026-12-31T16:30:00Z"), WarningColour.BLUE, DUE)
                .step(Step.ESCALATED, Instant.parse("2027-02-01T02:00:00Z"), WarningColour.YELLOW, State.OPEN, DUE);
        ZoneId beijing = ZoneId.of("Asia/Shanghai");

        assertThat(CaseHistory.openingMonth(acrossNewYear.step(1), beijing).map(Quarter::of))
                .contains(new Quarter(2027, 1));
        assertThat(CaseHistory.openingMonth(acrossNewYear.step(2), beijing)).isEmpty();
        assertThat(Facts.Case.of(acrossNewYear.history(List.of(acrossNewYear.step(2))), id -> null))
                .isEmpty();
        assertThat(Facts.Case.of(acrossNewYear.history(), id -> null).map(Facts.Case::colour))
                .contains(WarningColour.YELLOW);
    }

    @Test
    void aReferredCaseDeductsAgainOnlyFromIndexThreeAndTheOlderMethodsComputeWhatTheyAlwaysDid() {
        Script referred = anyCase()
                .opened(AUGUST, WarningColour.ORANGE, DUE)
                .step(Step.REFERRED, DUE.plusSeconds(3_600), WarningColour.RED, State.REFERRED, null);
        Facts facts = facts(referred.history());

        assertThat(unitRow(IndexMethod.INDEX_1, facts).integrity().deductions())
                .extracting(Deduction::rule, Deduction::points)
                .containsExactly(tuple("WARNING_RED", 15));
        assertThat(unitRow(IndexMethod.INDEX_2, facts).integrity().score()).isEqualTo(100 - 15);
        IndexRow third = unitRow(IndexMethod.INDEX_3, facts);
        assertThat(third.integrity().deductions())
                .extracting(Deduction::rule, Deduction::points, Deduction::warningIds)
                .containsExactly(
                        tuple("WARNING_RED", 15, List.of(referred.caseId())),
                        tuple("CASE_REFERRED", 10, List.of(referred.caseId())));
        assertThat(third.integrity().score()).isEqualTo(100 - 15 - 10);
        assertThat(IndexMethod.INDEX_1.rules()).doesNotContain(Rule.CASE_REFERRED);
        assertThat(IndexMethod.INDEX_2.rules()).doesNotContain(Rule.CASE_REFERRED);
        assertThat(IndexMethod.INDEX_3.rules()).contains(Rule.CASE_REFERRED);
    }

    @Test
    void aCaseWhoseItemsWereAllFoundUntrueNoLongerCounts() {
        Script c = anyCase().opened(AUGUST, WarningColour.RED, null);
        Map<UUID, TriageDecision> oneUntrue = Map.of(first.itemId(), TriageDecision.UNFOUNDED);
        Map<UUID, TriageDecision> allUntrue =
                Map.of(first.itemId(), TriageDecision.UNFOUNDED, second.itemId(), TriageDecision.MALICIOUS);

        assertThat(Facts.Case.of(c.history(), oneUntrue::get).map(Facts.Case::withdrawn))
                .contains(false);
        Optional<Facts.Case> withdrawn = Facts.Case.of(c.history(), allUntrue::get);
        assertThat(withdrawn.map(Facts.Case::withdrawn)).contains(true);
        Facts facts = new Facts(
                List.of(first, second, third), List.of(), List.of(), List.of(), List.of(withdrawn.orElseThrow()));
        assertThat(unitRow(IndexMethod.INDEX_3, facts).integrity().deductions())
                .extracting(Deduction::rule)
                .containsExactly("ITEM_MINOR");
    }

    @Test
    void aCaseBelongsToTheRegionOfItsTownshipAndTheRowOfItsUnit() {
        Facts facts = facts(anyCase().opened(AUGUST, WarningColour.BLUE, DUE).history());

        assertThat(IndexSheet.ofRegion(facts, Set.of(TOWNSHIP)).cases()).hasSize(1);
        assertThat(IndexSheet.ofRegion(facts, Set.of(IndexFixtures.OTHER_TOWNSHIP))
                        .cases())
                .isEmpty();
        assertThat(IndexSheet.ofUnit(facts, UNIT).cases()).hasSize(1);
    }

    /** The case with three items of the quarter behind the row, so it is not suppressed. */
    private Facts facts(CaseHistory history) {
        Map<UUID, TriageDecision> decisions = Map.of(first.itemId(), TriageDecision.ACCEPTED);
        return new Facts(
                List.of(second, third),
                List.of(),
                List.of(),
                List.of(),
                List.of(Facts.Case.of(history, decisions::get).orElseThrow()));
    }

    private static IndexRow unitRow(IndexMethod method, Facts facts) {
        return method.row(UNIT, NodeKind.DEPARTMENT, Level.UNIT, facts, 3);
    }

    private static String onlyRule(IndexMethod method, Facts facts) {
        List<Deduction> deductions = unitRow(method, facts).integrity().deductions();
        assertThat(deductions).hasSize(1);
        return deductions.get(0).rule();
    }
}
