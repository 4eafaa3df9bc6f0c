package org.qingfeng.intake.channel.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.qingfeng.intake.network.rules.NetworkNode;
import org.qingfeng.intake.network.rules.NetworkView;
import org.qingfeng.intake.rules.RulesViolated;
import org.qingfeng.intake.rules.Violation;

/**
 * Where a channel message goes when its sender did not fill in a form. The region: the one the
 * sender named with {@code #} (an informant only within their own part of the network), else the
 * informant's home node, else for an unknown sender the configured default region. The unit it
 * concerns: the one named with {@code @}, else the first unit walking up from the region (the city
 * unit a region belongs to, as its reporting point), else the competent department of the first
 * node naming one, else the configured default unit. The rules of every submission check the rest.
 */
public final class Placement {

    private Placement() {}

    /** The region and unit, or {@link RulesViolated} naming {@code regionCode} or {@code unitCode}. */
    public static Placed place(
            MessageText text,
            @Nullable String homeNodeCode,
            NetworkView network,
            @Nullable String defaultRegion,
            @Nullable String defaultUnit) {
        List<Violation> violations = new ArrayList<>();
        String region = region(text.regionCode(), homeNodeCode, network, defaultRegion, violations);
        String unit = null;
        if (region != null) {
            unit = text.unitCode() != null ? text.unitCode() : unitAbove(region, network, defaultUnit);
            if (unit == null) {
                violations.add(new Violation(
                        "unitCode", "请在开头用 @单位代码 注明所涉单位 / name the unit concerned with @<unit code> at the start"));
            }
        }
        if (!violations.isEmpty()) {
            throw new RulesViolated(violations);
        }
        return new Placed(region, unit);
    }

    private static @Nullable String region(
            @Nullable String named,
            @Nullable String home,
            NetworkView network,
            @Nullable String defaultRegion,
            List<Violation> out) {
        if (named != null) {
            if (home != null && !network.isWithin(named, home)) {
                out.add(new Violation(
                        "regionCode",
                        "#" + named + " 不在您所在的网络范围内 / #" + named + " is not within your part of the network"));
                return null;
            }
            if (!network.isActiveRegion(named)) {
                out.add(new Violation(
                        "regionCode", "#" + named + " 不是在用的区域代码 / #" + named + " is not an active region code"));
                return null;
            }
            return named;
        }
        if (home != null) {
            return home;
        }
        if (defaultRegion == null || defaultRegion.isBlank() || !network.isActiveRegion(defaultRegion)) {
            out.add(new Violation(
                    "regionCode", "请在开头用 #区域代码 注明所在区域 / name the region with #<region code> at the start"));
            return null;
        }
        return defaultRegion;
    }

    private static @Nullable String unitAbove(String region, NetworkView network, @Nullable String defaultUnit) {
        List<String> lineage = network.lineage(region);
        Optional<String> unit = lineage.stream().filter(network::isActiveUnit).findFirst();
        if (unit.isEmpty()) {
            unit = lineage.stream()
                    .map(network::node)
                    .flatMap(Optional::stream)
                    .map(NetworkNode::competentDepartmentCode)
                    .filter(code -> code != null && network.isActiveUnit(code))
                    .findFirst();
        }
        if (unit.isEmpty() && defaultUnit != null && !defaultUnit.isBlank()) {
            unit = Optional.of(defaultUnit);
        }
        return unit.orElse(null);
    }

    /** Where the message goes: a region and the unit it concerns. */
    public record Placed(String regionCode, String unitCode) {}
}
