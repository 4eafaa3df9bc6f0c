package org.qingfeng.analysis.triage.rules;

import org.jspecify.annotations.Nullable;
import org.qingfeng.contracts.analysis.Severity;
import org.qingfeng.contracts.intake.RiskCategory;

/**
 * A classification as staff send it with a decision; everything may be missing here, {@link
 * ClassificationRules} says what must not be.
 *
 * @param subjectArea a code of the subject-area catalogue
 * @param riskPointId the register's risk point the item fires, a short code
 * @param office the commission office the item goes to, a short code such as {@code office-1}
 */
public record ClassificationDraft(
        @Nullable String subjectArea,
        @Nullable RiskCategory riskCategory,
        @Nullable String riskPointId,
        @Nullable Severity severity,
        @Nullable String office) {}
