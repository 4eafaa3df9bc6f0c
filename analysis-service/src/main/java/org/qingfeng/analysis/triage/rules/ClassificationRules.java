package org.qingfeng.analysis.triage.rules;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.qingfeng.analysis.rules.Violation;
import org.qingfeng.contracts.analysis.Classification;
import org.qingfeng.contracts.analysis.TriageDecision;

/**
 * What a classification must say. An accepted or linked item goes on into the month's analysis, the
 * register's gaps and the findings, which all count by subject area and severity: so those two
 * decisions need one. The others may carry one (a duplicate keeps the original's), and any that is
 * given must be complete and well formed.
 */
public final class ClassificationRules {

    public static final Set<TriageDecision> NEED_CLASSIFICATION =
            EnumSet.of(TriageDecision.ACCEPTED, TriageDecision.LINKED);

    private static final String FIELD = "classification";
    private static final String REQUIRED = "必填 / required";

    private ClassificationRules() {}

    /** Every rule broken, fields named {@code classification} or {@code classification.<part>}. */
    public static List<Violation> check(
            @Nullable TriageDecision decision, @Nullable ClassificationDraft draft, Set<String> subjectAreas) {
        List<Violation> violations = new ArrayList<>();
        if (draft == null) {
            if (decision != null && NEED_CLASSIFICATION.contains(decision)) {
                violations.add(new Violation(FIELD, "采用或关联须填写分类（领域、严重程度）/ ACCEPTED and LINKED need a classification"));
            }
            return violations;
        }
        String subjectArea = draft.subjectArea();
        if (subjectArea == null || subjectArea.isBlank()) {
            violations.add(new Violation(FIELD + ".subjectArea", REQUIRED));
        } else if (!subjectAreas.contains(subjectArea)) {
            violations.add(
                    new Violation(FIELD + ".subjectArea", "不是目录中的领域代码 / not a subject-area code of the catalogue"));
        }
        if (draft.severity() == null) {
            violations.add(new Violation(FIELD + ".severity", REQUIRED));
        }
        shortCode(draft.riskPointId(), FIELD + ".riskPointId", violations);
        shortCode(draft.office(), FIELD + ".office", violations);
        return violations;
    }

    /** The published classification of a checked draft, or null when none was given. */
    public static @Nullable Classification classification(@Nullable ClassificationDraft draft) {
        if (draft == null) {
            return null;
        }
        return new Classification(
                Objects.requireNonNull(draft.subjectArea()),
                draft.riskCategory(),
                draft.riskPointId(),
                Objects.requireNonNull(draft.severity()),
                draft.office());
    }

    private static void shortCode(@Nullable String code, String field, List<Violation> violations) {
        if (code != null && !ShortCodes.valid(code)) {
            violations.add(new Violation(field, ShortCodes.MESSAGE));
        }
    }
}
