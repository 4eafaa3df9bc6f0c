package org.qingfeng.gateway.console.reporting;

import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import org.qingfeng.gateway.console.Named;
import org.qingfeng.gateway.console.NodeNames;

/**
 * The windows panel: intake unavailable, or the units' windows and how many are in each state, and
 * the windows intake could not compute for want of a working-day table, each with intake's message.
 */
record ReportingView(boolean available, List<UnitWindows> units, List<StateCount> tally, List<NoCalendar> noCalendar) {

    ReportingView {
        units = List.copyOf(units);
        tally = List.copyOf(tally);
        noCalendar = List.copyOf(noCalendar);
    }

    static ReportingView unavailable() {
        return new ReportingView(false, List.of(), List.of(), List.of());
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
        List<NoCalendar> noCalendar = windows.unavailable().stream()
                .map(window -> new NoCalendar(
                        names.name(window.unitCode()),
                        Objects.toString(window.period(), ""),
                        Objects.toString(window.problem(), "")))
                .toList();
        return new ReportingView(true, UnitWindows.of(windows.windows(), names, zone), tally, noCalendar);
    }

    record StateCount(String state, String badge, long count) {}

    /** A window without a working-day table for its closing day: who, which period, and intake's message. */
    record NoCalendar(Named unit, String period, String problem) {}
}
