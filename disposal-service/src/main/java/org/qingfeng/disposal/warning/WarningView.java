package org.qingfeng.disposal.warning;

import java.time.Instant;
import java.util.UUID;
import org.qingfeng.contracts.disposal.WarningColour;

/** A warning as the API shows it, with its colour in words. */
record WarningView(
        UUID warningId,
        UUID itemId,
        String unitCode,
        String townshipCode,
        WarningColour colour,
        String colourLabel,
        String measure,
        String policyVersion,
        String reason,
        Instant issuedAt) {

    static WarningView of(Warning warning) {
        return new WarningView(
                warning.warningId(),
                warning.itemId(),
                warning.unitCode(),
                warning.townshipCode(),
                warning.colour(),
                Ladder.label(warning.colour()),
                warning.measure(),
                warning.policyVersion(),
                warning.reason(),
                warning.issuedAt());
    }
}
