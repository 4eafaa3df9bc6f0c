package org.qingfeng.disposal.cases;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.qingfeng.contracts.EventIds;
import org.qingfeng.contracts.analysis.FindingPublished;
import org.qingfeng.contracts.analysis.FindingPublished.Destination;
import org.qingfeng.contracts.analysis.FindingPublished.FindingKind;
import org.qingfeng.contracts.analysis.FindingPublished.PeriodCount;
import org.qingfeng.contracts.analysis.RiskLevel;
import org.qingfeng.contracts.analysis.Severity;
import org.qingfeng.contracts.intake.Channel;
import org.qingfeng.contracts.intake.ItemDetails;
import org.qingfeng.contracts.intake.ItemSubmitted;
import org.qingfeng.contracts.intake.RiskCategory;
import org.qingfeng.contracts.intake.SubmitterKind;
import org.qingfeng.contracts.intake.Urgency;
import org.qingfeng.disposal.NetworkFixtures;

/** Findings and items as analysis and intake publish them, in the fixtures' county, under fresh ids. */
final class CaseFixtures {

    /** Words planted in an item that no step may carry. */
    static final String ITEM_WORDING = "食堂采购单价明显偏高，疑有回扣 planted-wording";

    private CaseFixtures() {}

    /**
     * A unit of its own, so that no other test's case makes this one a recurrence: the policy
     * counts a unit's earlier cases.
     */
    static String anyUnit() {
        return NetworkFixtures.TOWNSHIP + "-U" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
    }

    static FindingPublished anyFinding(Destination destination, Severity severity) {
        String unit = anyUnit();
        return new FindingPublished(
                UUID.randomUUID(),
                Instant.parse("2026-11-06T02:30:00Z"),
                UUID.randomUUID(),
                "2026-10",
                NetworkFixtures.ROOT,
                FindingKind.TRENDING,
                destination,
                NetworkFixtures.TOWNSHIP,
                unit,
                List.of(unit),
                "work-style",
                severity,
                RiskLevel.B,
                "Poisson P(X>=9 | lambda=2.80) = 0.0021 < 0.01",
                List.of(new PeriodCount("2026-09", 3)),
                List.of(UUID.randomUUID(), UUID.randomUUID()),
                destination == Destination.EXCHANGE ? NetworkFixtures.ROOT + "-D01" : null,
                "monthly-1",
                "u-7f3a9c");
    }

    static ItemSubmitted anImmediateItem() {
        UUID itemId = UUID.randomUUID();
        return new ItemSubmitted(
                EventIds.derive("item-submitted", itemId),
                Instant.parse("2026-11-12T02:17:43Z"),
                itemId,
                SubmitterKind.INFORMANT,
                new ItemDetails(
                        NetworkFixtures.VILLAGE,
                        NetworkFixtures.TOWNSHIP,
                        anyUnit(),
                        "work-style",
                        RiskCategory.BUSINESS_PROCESS,
                        Urgency.IMMEDIATE,
                        Channel.CONTACT_CARD,
                        ITEM_WORDING,
                        null),
                "inf-8M3QZ1K7VX0T4N2C9R5B6H8D1F");
    }
}
