package org.qingfeng.disposal.warning;

import java.time.Instant;
import java.util.UUID;
import org.qingfeng.contracts.EventIds;
import org.qingfeng.contracts.disposal.WarningColour;
import org.qingfeng.contracts.disposal.WarningIssued;
import org.qingfeng.contracts.intake.ItemSubmitted;

/**
 * A warning against the unit an item concerns. Its id is derived from the item's, so an item
 * delivered again finds the warning it already has.
 *
 * @param issuedAt when the item was first processed; a replay keeps it
 */
record Warning(
        UUID warningId,
        UUID itemId,
        String unitCode,
        String townshipCode,
        WarningColour colour,
        String measure,
        String policyVersion,
        String reason,
        Instant issuedAt) {

    static UUID idFor(UUID itemId) {
        return EventIds.derive("warning", itemId);
    }

    static Warning of(ItemSubmitted submitted, ColourDecision decision, Instant issuedAt) {
        return new Warning(
                idFor(submitted.itemId()),
                submitted.itemId(),
                submitted.item().unitCode(),
                submitted.item().townshipCode(),
                decision.colour(),
                decision.measure(),
                decision.policyVersion(),
                decision.reason(),
                issuedAt);
    }

    /** The published fact; its id is derived from the warning's, so a re-publication repeats it exactly. */
    WarningIssued issued() {
        return new WarningIssued(
                EventIds.derive("warning-issued", warningId),
                issuedAt,
                warningId,
                itemId,
                unitCode,
                townshipCode,
                colour,
                policyVersion,
                reason);
    }
}
