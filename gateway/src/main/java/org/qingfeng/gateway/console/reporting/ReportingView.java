package org.qingfeng.gateway.console.reporting;

import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import org.qingfeng.gateway.console.NodeNames;

/** The windows panel: intake unavailable, or the units' windows and how many are in each state. */
record ReportingView(boolean available, List<UnitWindows> units, List<StateCount> tally) {

    ReportingView {
        units = List.copyOf(units);
        tally = List.copyOf(tally);
    }

    static ReportingView unavailable() {
        return new ReportingView(false, List.of(), List.of());
    }

    static ReportingView of(Windows windows, NodeNames names, ZoneId zone) {
        List<StateCount> tally = States.ORDER.stream()
                .map(state -> new StateCount(
                        state,
                        States.badgeOf(state),
                        windows.windows().stream()
                                .filter(window -> Objects.equals(window.state(), state))
                                .count()))
                .toList();
        return new ReportingView(true, UnitWindows.of(windows.windows(), names, zone), tally);
    }

    record StateCount(String state, String badge, long count) {}
}
