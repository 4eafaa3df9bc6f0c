package org.qingfeng.disposal.warning;

import java.time.Instant;
import java.util.UUID;
import org.qingfeng.contracts.disposal.WarningColour;

/** Stored warnings. */
final class WarningFixtures {

    /** The instant of the golden {@code disposal.warning-issued.v1.json}; its ids derive from the item. */
    static final Instant GOLDEN_ISSUED_AT = Instant.parse("2026-11-03T01:15:31Z");

    private WarningFixtures() {}

    static Warning anyWarning() {
        return aWarning(UUID.randomUUID(), WarningColour.YELLOW);
    }

    static Warning aWarning(UUID itemId, WarningColour colour) {
        return new Warning(
                Warning.idFor(itemId),
                itemId,
                "330281-D03",
                "330281-101",
                colour,
                Ladder.measure(colour),
                PlaceholderColourPolicy.VERSION,
                "subject area law-enforcement: warning talk",
                Instant.parse("2026-11-12T02:00:01.250Z"));
    }
}
