package org.qingfeng.intake.item;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.qingfeng.contracts.disposal.CaseStepped;
import org.qingfeng.contracts.disposal.WarningColour;
import org.qingfeng.contracts.intake.Channel;
import org.qingfeng.contracts.intake.RiskCategory;
import org.qingfeng.contracts.intake.SubmitterKind;
import org.qingfeng.contracts.intake.Urgency;
import org.qingfeng.intake.item.rules.CaseStanding;
import org.qingfeng.intake.item.rules.ItemStatus;

/**
 * An item as staff see it: its content, status and, once issued, the warning about it (before cases)
 * and the disposal cases it is behind.
 */
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
        @Nullable Warning warning,
        List<Case> cases) {

    record Warning(UUID warningId, WarningColour colour, Instant issuedAt) {}

    /** A disposal case the item is behind, as intake last heard of it; staff open it in disposal. */
    record Case(
            UUID caseId,
            long sequence,
            CaseStepped.State state,
            WarningColour colour,
            String rungCode,
            Instant updatedAt) {

        static Case of(CaseStanding standing) {
            return new Case(
                    standing.caseId(),
                    standing.sequence(),
                    standing.state(),
                    standing.colour(),
                    standing.rungCode(),
                    standing.updatedAt());
        }
    }
}
