package org.qingfeng.analysis.triage.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.qingfeng.analysis.rules.Violation;
import org.qingfeng.contracts.EventIds;
import org.qingfeng.contracts.analysis.ItemTriaged;
import org.qingfeng.contracts.analysis.Severity;
import org.qingfeng.contracts.analysis.TriageDecision;

class TriageRulesTests {

    private static final UUID ITEM = UUID.fromString("0b9f3c5e-6a4d-4e8b-9f21-3c7d5a1e8b40");
    private static final UUID OTHER = UUID.fromString("6f1c2d3e-4a5b-4c6d-8e7f-9a0b1c2d3e4f");
    private static final Predicate<UUID> BOTH_KNOWN = Set.of(ITEM, OTHER)::contains;
    private static final Set<String> AREAS = Set.of("work-style", "medical-ethics");
    private static final ClassificationDraft CLASSIFIED =
            new ClassificationDraft("work-style", null, null, Severity.MINOR, null);

    @Test
    void acceptsAnAcceptanceOfAKnownItem() {
        assertThat(TriageRules.check(
                        new TriageDraft(ITEM, TriageDecision.ACCEPTED, null, null, CLASSIFIED), BOTH_KNOWN, AREAS))
                .isEmpty();
    }

    @Test
    void namesTheMissingItemAndDecision() {
        assertThat(fields(new TriageDraft(null, null, null, null), BOTH_KNOWN)).containsExactly("itemId", "decision");
    }

    @Test
    void wantsAReasonForAFindingAgainstTheInformant() {
        assertThat(fields(new TriageDraft(ITEM, TriageDecision.UNFOUNDED, "  ", null), BOTH_KNOWN))
                .containsExactly("reason");
        assertThat(fields(new TriageDraft(ITEM, TriageDecision.MALICIOUS, null, null), BOTH_KNOWN))
                .containsExactly("reason");
        assertThat(fields(new TriageDraft(ITEM, TriageDecision.MALICIOUS, "捏造事实，诬告他人。", null), BOTH_KNOWN))
                .isEmpty();
    }

    @Test
    void refusesAReasonLongerThanFiveHundredCharacters() {
        String tooLong = "理".repeat(TriageRules.MAX_REASON + 1);

        assertThat(fields(new TriageDraft(ITEM, TriageDecision.ACCEPTED, tooLong, null, CLASSIFIED), BOTH_KNOWN))
                .containsExactly("reason");
    }

    @Test
    void wantsTheRelatedItemOfADuplicateOrLinkAndNotTheItemItself() {
        assertThat(fields(new TriageDraft(ITEM, TriageDecision.DUPLICATE, null, null), BOTH_KNOWN))
                .containsExactly("relatedItemId");
        assertThat(fields(new TriageDraft(ITEM, TriageDecision.LINKED, null, ITEM, CLASSIFIED), BOTH_KNOWN))
                .containsExactly("relatedItemId");
        assertThat(fields(new TriageDraft(ITEM, TriageDecision.LINKED, null, OTHER, CLASSIFIED), BOTH_KNOWN))
                .isEmpty();
    }

    @Test
    void refusesARelatedItemOnADecisionThatHasNone() {
        assertThat(fields(new TriageDraft(ITEM, TriageDecision.ACCEPTED, null, OTHER, CLASSIFIED), BOTH_KNOWN))
                .containsExactly("relatedItemId");
    }

    @Test
    void decidesOnlyOnItemsAnalysisHasSeenSubmitted() {
        List<Violation> unknownItem = TriageRules.check(
                new TriageDraft(ITEM, TriageDecision.ACCEPTED, null, null, CLASSIFIED), OTHER::equals, AREAS);
        List<Violation> unknownRelated =
                TriageRules.check(new TriageDraft(ITEM, TriageDecision.DUPLICATE, null, OTHER), ITEM::equals, AREAS);

        assertThat(unknownItem)
                .containsExactly(new Violation("itemId", "分析服务尚未收到该事项 / analysis has not seen this item submitted"));
        assertThat(unknownRelated).extracting(Violation::field).containsExactly("relatedItemId");
    }

    @Test
    void publishesTheDecisionUnderAnIdDerivedFromItemAndSequence() {
        Instant at = Instant.parse("2026-11-05T06:20:00Z");

        ItemTriaged triaged = TriageRules.triaged(
                new TriageDraft(ITEM, TriageDecision.UNFOUNDED, "  经核查与事实不符。 ", null), 3, at, "u-triager");

        assertThat(triaged.eventId()).isEqualTo(EventIds.derive("item-triaged", ITEM + "#3"));
        assertThat(triaged.sequence()).isEqualTo(3);
        assertThat(triaged.reason()).isEqualTo("经核查与事实不符。");
        assertThat(triaged.occurredAt()).isEqualTo(at);
        assertThat(triaged.decidedBy()).isEqualTo("u-triager");
        assertThat(triaged.classification()).isNull();
    }

    private static List<String> fields(TriageDraft draft, Predicate<UUID> known) {
        return TriageRules.check(draft, known, AREAS).stream()
                .map(Violation::field)
                .toList();
    }
}
