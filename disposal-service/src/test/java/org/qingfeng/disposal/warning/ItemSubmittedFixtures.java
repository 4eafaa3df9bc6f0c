package org.qingfeng.disposal.warning;

import java.time.Instant;
import java.util.UUID;
import org.qingfeng.contracts.EventIds;
import org.qingfeng.contracts.intake.Channel;
import org.qingfeng.contracts.intake.ItemDetails;
import org.qingfeng.contracts.intake.ItemSubmitted;
import org.qingfeng.contracts.intake.RiskCategory;
import org.qingfeng.contracts.intake.SubmitterKind;
import org.qingfeng.contracts.intake.Urgency;

/** Items as intake publishes them. */
final class ItemSubmittedFixtures {

    private ItemSubmittedFixtures() {}

    static ItemSubmitted anyRoutineItem() {
        return anItem("work-style", Urgency.ROUTINE);
    }

    static ItemSubmitted anItem(String subjectArea, Urgency urgency) {
        return new ItemSubmitted(
                EventIds.derive("item-submitted", UUID.randomUUID()),
                Instant.parse("2026-11-12T02:00:00Z"),
                UUID.randomUUID(),
                SubmitterKind.INFORMANT,
                details(subjectArea, urgency),
                "inf-8M3QZ1K7VX0T4N2C9R5B6H8D1F");
    }

    static ItemDetails details(String subjectArea, Urgency urgency) {
        return new ItemDetails(
                "330281-101-001",
                "330281-101",
                "330281-D03",
                subjectArea,
                RiskCategory.BUSINESS_PROCESS,
                urgency,
                Channel.CONTACT_CARD,
                "审批窗口对部分申请人拖延办理。",
                null);
    }
}
