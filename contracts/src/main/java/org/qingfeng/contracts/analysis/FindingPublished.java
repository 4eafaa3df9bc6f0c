package org.qingfeng.contracts.analysis;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A salient problem the monthly analysis found and the work station published: either for disposal
 * (a warning to the unit concerned) or as an analysis exchange (分析交流) to the unit's competent
 * department. The id is derived from period, kind, unit and subject area, so publishing the same
 * finding again replaces it.
 *
 * @param period {@code yyyy-MM}
 * @param stationCode the work station whose analysis found it
 * @param regionCode the township (or the county for a widespread problem) the finding is about
 * @param unitCode the unit concerned; for a widespread problem, the first of {@code unitCodes}
 * @param riskLevel the highest level of the register's points for the unit, null when it has none
 * @param evidence the numbers behind the flag, in words a reviewer can check, such as {@code
 *     "Poisson P(X≥9 | λ=2.8)=0.0021 < 0.01"}
 * @param history counts for the same unit and subject area in the months before, oldest first
 * @param competentDepartmentCode for an exchange, the department it goes to
 * @param method the analysis method's version, such as {@code monthly-1}
 */
public record FindingPublished(
        UUID eventId,
        Instant occurredAt,
        UUID findingId,
        String period,
        String stationCode,
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
        List<UUID> itemIds,
        @Nullable String competentDepartmentCode,
        String method,
        String publishedBy) {

    public enum FindingKind {
        /** 苗头性: a subject area newly appearing for a unit or region. */
        EMERGING,
        /** 倾向性: a statistically significant rise against the unit's own history. */
        TRENDING,
        /** 普遍性: the same problem in at least k units or townships in the period. */
        WIDESPREAD,
        /** 反复性: the same problem for the same unit in n of the last m months. */
        RECURRING
    }

    public enum Destination {
        /** To disposal-service: a warning to the unit concerned. */
        DISPOSAL,
        /** 分析交流: shared with the competent department. */
        EXCHANGE
    }

    /** How many items a month had. */
    public record PeriodCount(String period, long count) {}
}
