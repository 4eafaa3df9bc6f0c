package org.qingfeng.contracts.disposal;

import java.time.Instant;
import java.util.UUID;

/**
 * A warning was recorded against the unit an item concerns.
 *
 * @param policyVersion the colour policy that chose {@code colour}
 * @param reason why that colour, in words a reviewer can check
 */
public record WarningIssued(
        UUID eventId,
        Instant occurredAt,
        UUID warningId,
        UUID itemId,
        String unitCode,
        String townshipCode,
        WarningColour colour,
        String policyVersion,
        String reason) {}
