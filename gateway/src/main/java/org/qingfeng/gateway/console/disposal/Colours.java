package org.qingfeng.gateway.console.disposal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The four-colour equivalents every ladder's rungs have, mildest first, and their badges. */
final class Colours {

    static final List<String> ALL = List.of("BLUE", "YELLOW", "ORANGE", "RED");
    static final List<String> LADDERS = List.of("four-colour", "inquiry", "cards", "admonishments");
    static final List<String> STATES = List.of("OPEN", "FINISHED", "ALL");

    private Colours() {}

    /** Whether {@code value} is one of {@code offered}; null is none of them. */
    static boolean offered(List<String> offered, @Nullable String value) {
        return value != null && offered.contains(value);
    }

    /** The CSS badge of a colour; an unknown colour gets a neutral badge, never a made-up class. */
    static String badgeOf(String colour) {
        return ALL.contains(colour) ? "badge-" + colour.toLowerCase(Locale.ROOT) : "badge-unknown";
    }

    /** Every colour with its count, in ladder order; a colour the service left out counts zero. */
    static List<Long> counts(Map<String, Long> counts) {
        return ALL.stream()
                .map(colour -> Math.max(0L, counts.getOrDefault(colour, 0L)))
                .toList();
    }
}
