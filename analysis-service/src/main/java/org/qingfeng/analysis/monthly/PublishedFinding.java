package org.qingfeng.analysis.monthly;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.qingfeng.contracts.analysis.FindingPublished.PeriodCount;

/** A finding as the work station published it (the latest publication), as {@code GET /api/analysis/findings} shows it. */
record PublishedFinding(
        String findingId,
        String period,
        String stationCode,
        String kind,
        String destination,
        String regionCode,
        String unitCode,
        List<String> unitCodes,
        String subjectArea,
        String severity,
        @Nullable String riskLevel,
        String evidence,
        List<PeriodCount> history,
        List<String> itemIds,
        @Nullable String competentDepartmentCode,
        String method,
        String publishedBy,
        Instant publishedAt) {}
