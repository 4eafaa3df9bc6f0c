package org.qingfeng.analysis.triage.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.qingfeng.analysis.rules.Violation;
import org.qingfeng.contracts.analysis.ReviewerConflictDeclared;
import org.qingfeng.contracts.analysis.ReviewerConflictDeclared.Kind;

class ConflictRulesTests {

    private static final Predicate<String> NETWORK = Set.of("330281-101", "330281-D03")::contains;
    private static final Instant AT = Instant.parse("2026-11-05T06:20:00Z");

    @Test
    void wantsKindAndTarget() {
        assertThat(fields(new ConflictDraft(null, null, null))).containsExactly("kind", "target");
    }

    @Test
    void wantsTownshipsAndUnitsOfTheNetwork() {
        assertThat(fields(new ConflictDraft(Kind.HOME_TOWNSHIP, "330281-999", null)))
                .containsExactly("target");
        assertThat(fields(new ConflictDraft(Kind.UNIT, "330281-D03", null))).isEmpty();
        assertThat(fields(new ConflictDraft(Kind.HOME_TOWNSHIP, "330281-101", null)))
                .isEmpty();
    }

    @Test
    void wantsAnItemIdForAnItem() {
        assertThat(fields(new ConflictDraft(Kind.ITEM, "330281-101", null))).containsExactly("target");
        assertThat(fields(new ConflictDraft(Kind.ITEM, "0b9f3c5e-6a4d-4e8b-9f21-3c7d5a1e8b40", null)))
                .isEmpty();
    }

    @Test
    void refusesAReasonLongerThanFiveHundredCharacters() {
        assertThat(fields(new ConflictDraft(Kind.UNIT, "330281-D03", "理".repeat(ConflictRules.MAX_REASON + 1))))
                .containsExactly("reason");
    }

    @Test
    void keysTheDeclarationBySubjectKindAndTargetAndWithdrawsUnderTheSameKey() {
        ReviewerConflictDeclared declared =
                ConflictRules.declared("u-reviewer", new ConflictDraft(Kind.UNIT, "330281-D03", " 曾在该单位工作 "), AT);
        ReviewerConflictDeclared again = ConflictRules.declared(
                "u-reviewer", new ConflictDraft(Kind.UNIT, "330281-D03", null), AT.plusSeconds(60));
        ReviewerConflictDeclared withdrawn =
                ConflictRules.withdrawn("u-reviewer", Kind.UNIT, "330281-D03", AT.plusSeconds(120));

        assertThat(declared.conflictId()).isEqualTo("u-reviewer|UNIT|330281-D03");
        assertThat(declared.reason()).isEqualTo("曾在该单位工作");
        assertThat(declared.withdrawn()).isFalse();
        assertThat(again.conflictId()).isEqualTo(declared.conflictId());
        assertThat(again.eventId()).isNotEqualTo(declared.eventId());
        assertThat(withdrawn.conflictId()).isEqualTo(declared.conflictId());
        assertThat(withdrawn.withdrawn()).isTrue();
        assertThat(withdrawn.reason()).isNull();
        assertThat(ConflictRules.declared("u-reviewer", new ConflictDraft(Kind.UNIT, "330281-D03", null), AT)
                        .eventId())
                .isEqualTo(declared.eventId());
    }

    private static List<String> fields(ConflictDraft draft) {
        return ConflictRules.check(draft, NETWORK).stream()
                .map(Violation::field)
                .toList();
    }
}
