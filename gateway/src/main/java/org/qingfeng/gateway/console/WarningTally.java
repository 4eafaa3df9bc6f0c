package org.qingfeng.gateway.console;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The four-colour ladder in its order, mildest first, whatever the service sent. */
final class WarningTally {

    static final List<String> LADDER = List.of("BLUE", "YELLOW", "ORANGE", "RED");

    private WarningTally() {}

    /** Every colour of the ladder with its count; a colour the service left out counts zero. */
    static List<ColourCount> of(Map<String, Long> byColour) {
        return LADDER.stream()
                .map(colour -> new ColourCount(colour, Math.max(0, byColour.getOrDefault(colour, 0L))))
                .toList();
    }

    /** The CSS badge of a colour; an unknown colour gets a neutral badge, never a made-up class. */
    static String badgeOf(String colour) {
        return LADDER.contains(colour) ? "badge-" + colour.toLowerCase(Locale.ROOT) : "badge-unknown";
    }
}
