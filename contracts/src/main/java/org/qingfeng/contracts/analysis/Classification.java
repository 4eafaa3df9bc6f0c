package org.qingfeng.contracts.analysis;

import org.jspecify.annotations.Nullable;
import org.qingfeng.contracts.intake.RiskCategory;

/**
 * How the work station classified an item when it triaged it, and to which office it went.
 *
 * @param subjectArea the subject-area code as triage settled it (may correct the submitter's)
 * @param riskPointId the register's risk point the item fires, null when it matches none (a gap)
 * @param office the commission office the item is assigned to, a code such as {@code office-1}
 */
public record Classification(
        String subjectArea,
        @Nullable RiskCategory riskCategory,
        @Nullable String riskPointId,
        Severity severity,
        @Nullable String office) {}
