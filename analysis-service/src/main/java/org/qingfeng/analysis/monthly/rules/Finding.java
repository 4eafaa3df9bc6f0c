package org.qingfeng.analysis.monthly.rules;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.qingfeng.contracts.EventIds;
import org.qingfeng.contracts.analysis.FindingPublished.Destination;
import org.qingfeng.contracts.analysis.FindingPublished.FindingKind;
import org.qingfeng.contracts.analysis.FindingPublished.PeriodCount;

/**
 * One salient problem of a month, with the numbers behind it. Its items are those of the month's
 * cells with {@code subjectArea} and a unit of {@code unitCodes} (and, when {@code township} is set,
 * that township only); the store reads them.
 *
 * @param regionCode the township concerned, or the scope for a widespread problem
 * @param count the problems (items not excluded) the finding is about, this month
 * @param numbers the figures of the test, by name
 * @param history the same counts in the months before, oldest first
 */
public record Finding(
        UUID findingId,
        String period,
        FindingKind kind,
        String regionCode,
        String unitCode,
        List<String> unitCodes,
        @Nullable String township,
        String subjectArea,
        long count,
        String evidence,
        Map<String, Double> numbers,
        List<PeriodCount> history,
        Destination suggestedDestination,
        @Nullable String competentDepartmentCode) {

    public static final String METHOD = "monthly-1";

    /** Deterministic: the same period, kind, subject of the finding and subject area give the same id. */
    public static UUID idOf(String period, FindingKind kind, String about, String subjectArea) {
        return EventIds.derive("finding", String.join("|", period, kind.name(), about, subjectArea));
    }
}
