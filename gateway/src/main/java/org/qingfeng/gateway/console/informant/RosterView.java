package org.qingfeng.gateway.console.informant;

import java.util.List;
import org.qingfeng.gateway.console.NodeNames;

/** The roster panel: no node chosen yet, intake unavailable, or the informants under the node. */
record RosterView(boolean chosen, boolean available, List<InformantLine> lines) {

    RosterView {
        lines = List.copyOf(lines);
    }

    static RosterView notChosen() {
        return new RosterView(false, true, List.of());
    }

    static RosterView unavailable() {
        return new RosterView(true, false, List.of());
    }

    static RosterView of(Roster roster, NodeNames names) {
        return new RosterView(
                true,
                true,
                roster.informants().stream()
                        .map(listed -> InformantLine.from(listed, names))
                        .toList());
    }
}
