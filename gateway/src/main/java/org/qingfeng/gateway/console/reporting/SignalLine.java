package org.qingfeng.gateway.console.reporting;

import java.time.ZoneId;
import java.util.Objects;
import org.qingfeng.gateway.console.LocalTimes;
import org.qingfeng.gateway.console.Named;
import org.qingfeng.gateway.console.NodeNames;

/** One of disposal's signals: a unit that reported late, or not at all. */
record SignalLine(
        Named unit, String cycle, String period, String closesOn, String state, String badge, String filedAt) {

    static SignalLine from(Signals.Signal signal, NodeNames names, ZoneId zone) {
        String state = Objects.toString(signal.state(), "");
        return new SignalLine(
                names.name(signal.unitCode()),
                Objects.toString(signal.cycle(), ""),
                Objects.toString(signal.period(), ""),
                Objects.toString(signal.closesOn(), ""),
                state,
                States.badgeOf(state),
                LocalTimes.format(signal.filedAt(), zone));
    }
}
