package org.qingfeng.analysis.ledger;

import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.qingfeng.contracts.EventIds;
import org.qingfeng.contracts.intake.Channel;
import org.qingfeng.contracts.intake.ItemDetails;
import org.qingfeng.contracts.intake.ItemSubmitted;
import org.qingfeng.contracts.intake.RiskCategory;
import org.qingfeng.contracts.intake.SubmitterKind;
import org.qingfeng.contracts.intake.Urgency;

/** Items as intake publishes them. */
final class ItemSubmittedFixtures {

    /** Mid-November 2026 in Beijing, far from any month boundary. */
    static final Instant NOVEMBER = Instant.parse("2026-11-12T02:00:00Z");

    private ItemSubmittedFixtures() {}

    /** A township code no other test uses, so tests sharing a database stay apart. */
    static String anyTownship() {
        return "330281-" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
    }

    static ItemSubmitted anyItemIn(String townshipCode, String subjectArea) {
        return anItem(townshipCode, subjectArea, NOVEMBER);
    }

    static ItemSubmitted anItem(String townshipCode, String subjectArea, Instant occurredAt) {
        UUID itemId = UUID.randomUUID();
        ItemDetails details = new ItemDetails(
                townshipCode + "-001",
                townshipCode,
                "330281-D03",
                subjectArea,
                RiskCategory.POST_DUTIES,
                Urgency.ROUTINE,
                Channel.WEB_FORM,
                "村集体资金使用未按规定公示。",
                null);
        return new ItemSubmitted(
                EventIds.derive("item-submitted", itemId), occurredAt, itemId, SubmitterKind.ANONYMOUS, details, null);
    }
}
