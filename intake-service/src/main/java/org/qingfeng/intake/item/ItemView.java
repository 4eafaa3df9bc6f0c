package org.qingfeng.intake.item;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.qingfeng.contracts.disposal.WarningColour;
import org.qingfeng.contracts.intake.Channel;
import org.qingfeng.contracts.intake.RiskCategory;
import org.qingfeng.contracts.intake.SubmitterKind;
import org.qingfeng.contracts.intake.Urgency;
import org.qingfeng.intake.item.rules.ItemStatus;

/** An item as staff see it: its content, status and, once issued, the warning about it. */
record ItemView(
        UUID itemId,
        ItemStatus status,
        String statusLabel,
        Instant submittedAt,
        SubmitterKind submitterKind,
        String regionCode,
        String townshipCode,
        String unitCode,
        String subjectArea,
        @Nullable RiskCategory riskCategory,
        Urgency urgency,
        Channel channel,
        String description,
        @Nullable Warning warning) {

    record Warning(UUID warningId, WarningColour colour, Instant issuedAt) {}
}
