package org.qingfeng.gateway.console.reporting;

import java.util.List;
import java.util.Locale;

/**
 * A window's states in the order of a report's life, and their colours: not yet open (grey), open
 * (blue), on time (green), late (orange), missing (red). An unknown state gets a neutral badge.
 */
final class States {

    static final List<String> ORDER = List.of("UPCOMING", "OPEN", "ON_TIME", "LATE", "MISSING");

    private States() {}

    static String badgeOf(String state) {
        return ORDER.contains(state) ? "state-" + state.toLowerCase(Locale.ROOT).replace('_', '-') : "state-unknown";
    }
}
