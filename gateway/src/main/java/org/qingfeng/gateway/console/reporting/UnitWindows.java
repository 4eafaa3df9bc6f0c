package org.qingfeng.gateway.console.reporting;

import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.qingfeng.gateway.console.Named;
import org.qingfeng.gateway.console.NodeNames;

/** A reporting unit, by name with its code, and its expected reports in the range by closing day. */
record UnitWindows(Named unit, List<WindowLine> windows) {

    UnitWindows {
        windows = List.copyOf(windows);
    }

    /** The windows per unit, units by code. */
    static List<UnitWindows> of(List<Windows.Window> windows, NodeNames names, ZoneId zone) {
        Map<String, List<Windows.Window>> byUnit = windows.stream()
                .collect(Collectors.groupingBy(
                        window -> Objects.toString(window.unitCode(), ""), TreeMap::new, Collectors.toList()));
        return byUnit.entrySet().stream()
                .map(unit -> new UnitWindows(
                        names.name(unit.getKey()),
                        unit.getValue().stream()
                                .sorted(Comparator.comparing(window -> Objects.toString(window.closesOn(), "")))
                                .map(window -> WindowLine.from(window, zone))
                                .toList()))
                .toList();
    }
}
