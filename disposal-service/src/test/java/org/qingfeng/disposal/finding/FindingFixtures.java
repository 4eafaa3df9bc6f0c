package org.qingfeng.disposal.finding;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.qingfeng.contracts.analysis.FindingPublished;
import org.qingfeng.contracts.analysis.FindingPublished.Destination;
import org.qingfeng.contracts.analysis.FindingPublished.FindingKind;
import org.qingfeng.contracts.analysis.FindingPublished.PeriodCount;
import org.qingfeng.contracts.analysis.Severity;

/** Findings as analysis publishes them, under ids no other test uses. */
final class FindingFixtures {

    private static final Instant PUBLISHED = Instant.parse("2026-11-06T02:30:00Z");

    private FindingFixtures() {}

    static FindingPublished anyFinding(
            Destination destination, String regionCode, String unitCode, @Nullable String competentDepartmentCode) {
        return new FindingPublished(
                UUID.randomUUID(),
                PUBLISHED,
                UUID.randomUUID(),
                "2026-10",
                "330281",
                FindingKind.TRENDING,
                destination,
                regionCode,
                unitCode,
                List.of(unitCode),
                "work-style",
                Severity.SERIOUS,
                null,
                "Poisson P(X>=9 | lambda=2.80) = 0.0021 < 0.01",
                List.of(new PeriodCount("2026-09", 3)),
                List.of(UUID.randomUUID()),
                competentDepartmentCode,
                "monthly-1",
                "u-7f3a9c");
    }

    /** The same finding published again, {@code later} after the first, with another severity. */
    static FindingPublished republished(FindingPublished finding, Severity severity, long laterSeconds) {
        return new FindingPublished(
                UUID.randomUUID(),
                finding.occurredAt().plusSeconds(laterSeconds),
                finding.findingId(),
                finding.period(),
                finding.stationCode(),
                finding.kind(),
                finding.destination(),
                finding.regionCode(),
                finding.unitCode(),
                finding.unitCodes(),
                finding.subjectArea(),
                severity,
                finding.riskLevel(),
                finding.evidence(),
                finding.history(),
                finding.itemIds(),
                finding.competentDepartmentCode(),
                finding.method(),
                finding.publishedBy());
    }
}
