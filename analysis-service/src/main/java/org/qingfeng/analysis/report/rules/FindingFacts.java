package org.qingfeng.analysis.report.rules;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.qingfeng.contracts.analysis.FindingPublished.Destination;
import org.qingfeng.contracts.analysis.FindingPublished.FindingKind;
import org.qingfeng.contracts.analysis.FindingPublished.PeriodCount;
import org.qingfeng.contracts.analysis.RiskLevel;
import org.qingfeng.contracts.analysis.Severity;

/** A published finding as the report reads it: what, where, how serious, where it went, its items. */
public record FindingFacts(
        String findingId,
        String period,
        FindingKind kind,
        Destination destination,
        String regionCode,
        String unitCode,
        List<String> unitCodes,
        String subjectArea,
        Severity severity,
        @Nullable RiskLevel riskLevel,
        String evidence,
        List<PeriodCount> history,
        List<String> itemIds,
        @Nullable String competentDepartmentCode) {}
