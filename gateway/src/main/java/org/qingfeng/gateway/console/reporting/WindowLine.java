package org.qingfeng.gateway.console.reporting;

import java.time.ZoneId;
import java.util.Objects;
import org.qingfeng.gateway.console.LocalTimes;

/** One expected report of a unit: its cycle and period, its window, its state and what was filed. */
record WindowLine(
        String cycle,
        String period,
        String opensOn,
        String closesOn,
        String state,
        String badge,
        String filedAt,
        boolean nil,
        String itemCount) {

    static WindowLine from(Windows.Window window, ZoneId zone) {
        String state = Objects.toString(window.state(), "");
        return new WindowLine(
                Objects.toString(window.cycle(), ""),
                Objects.toString(window.period(), ""),
                Objects.toString(window.opensOn(), ""),
                Objects.toString(window.closesOn(), ""),
                state,
                States.badgeOf(state),
                LocalTimes.format(window.filedAt(), zone),
                window.nil(),
                Objects.toString(window.itemCount(), ""));
    }
}
