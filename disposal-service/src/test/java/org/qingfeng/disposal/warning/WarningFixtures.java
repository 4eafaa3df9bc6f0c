package org.qingfeng.disposal.warning;

import java.time.Instant;
import java.util.UUID;
import org.qingfeng.contracts.disposal.WarningColour;

/** Stored warnings. */
final class WarningFixtures {

    /** The ids and instant of the golden {@code disposal.warning-issued.v1.json}. */
    static final UUID GOLDEN_EVENT_ID = UUID.fromString("9e8d7c6b-5a49-3827-a615-0f1e2d3c4b5a");

    static final UUID GOLDEN_WARNING_ID = UUID.fromString("4a3b2c1d-0e9f-3a8b-9c7d-6e5f4a3b2c1d");
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
