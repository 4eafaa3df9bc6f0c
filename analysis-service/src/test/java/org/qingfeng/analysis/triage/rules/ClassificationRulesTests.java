package org.qingfeng.analysis.triage.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.qingfeng.analysis.rules.Violation;
import org.qingfeng.contracts.analysis.Classification;
import org.qingfeng.contracts.analysis.Severity;
import org.qingfeng.contracts.analysis.TriageDecision;
import org.qingfeng.contracts.intake.RiskCategory;

class ClassificationRulesTests {

    private static final Set<String> AREAS = Set.of("work-style", "medical-ethics");

    @Test
    void wantsAClassificationForAcceptedAndLinkedOnly() {
        assertThat(fields(TriageDecision.ACCEPTED, null)).containsExactly("classification");
        assertThat(fields(TriageDecision.LINKED, null)).containsExactly("classification");
        assertThat(fields(TriageDecision.DUPLICATE, null)).isEmpty();
        assertThat(fields(TriageDecision.UNFOUNDED, null)).isEmpty();
        assertThat(fields(TriageDecision.MALICIOUS, null)).isEmpty();
    }

    @Test
    void saysWhatIsMissingChineseFirst() {
        List<Violation> violations = ClassificationRules.check(
                TriageDecision.ACCEPTED, new ClassificationDraft(null, null, null, null, null), AREAS);

        assertThat(violations)
                .containsExactly(
                        new Violation("classification.subjectArea", "必填 / required"),
                        new Violation("classification.severity", "必填 / required"));
    }

    @Test
    void acceptsOnlySubjectAreasOfTheCatalogue() {
        assertThat(fields(
                        TriageDecision.ACCEPTED, new ClassificationDraft("gambling", null, null, Severity.MINOR, null)))
                .containsExactly("classification.subjectArea");
        assertThat(fields(
                        TriageDecision.ACCEPTED,
                        new ClassificationDraft("medical-ethics", null, null, Severity.MINOR, null)))
                .isEmpty();
    }

    @Test
    void checksAClassificationGivenWithAnyDecision() {
        assertThat(fields(TriageDecision.DUPLICATE, new ClassificationDraft("work-style", null, null, null, null)))
                .containsExactly("classification.severity");
    }

    @Test
    void wantsShortPlainCodesForOfficeAndRiskPoint() {
        ClassificationDraft bad = new ClassificationDraft(
                "work-style", RiskCategory.POST_DUTIES, "rp 1/../x", Severity.GRAVE, "x".repeat(65));
        ClassificationDraft good = new ClassificationDraft(
                "work-style", RiskCategory.POST_DUTIES, "rp-330281-07", Severity.GRAVE, "office-1");

        assertThat(fields(TriageDecision.ACCEPTED, bad))
                .containsExactly("classification.riskPointId", "classification.office");
        assertThat(fields(TriageDecision.ACCEPTED, good)).isEmpty();
        assertThat(ClassificationRules.classification(good))
                .isEqualTo(new Classification(
                        "work-style", RiskCategory.POST_DUTIES, "rp-330281-07", Severity.GRAVE, "office-1"));
    }

    private static List<String> fields(TriageDecision decision, ClassificationDraft draft) {
        return ClassificationRules.check(decision, draft, AREAS).stream()
                .map(Violation::field)
                .toList();
    }
}
