package org.qingfeng.intake.network.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.qingfeng.contracts.intake.NodeKind;

/** An immutable snapshot of the network tree, by node code. */
public final class NetworkView {

    private static final Set<NodeKind> REGIONS = EnumSet.of(
            NodeKind.GROUP, NodeKind.VILLAGE, NodeKind.TOWNSHIP, NodeKind.CITY_UNIT, NodeKind.MONITORING_POINT);
    private static final Set<NodeKind> REPORTING_POINTS = EnumSet.of(NodeKind.TOWNSHIP, NodeKind.CITY_UNIT);
    private static final Set<NodeKind> UNITS = EnumSet.of(NodeKind.DEPARTMENT, NodeKind.CITY_UNIT);
    private static final NetworkView EMPTY = new NetworkView(Map.of());

    private final Map<String, NetworkNode> nodes;

    private NetworkView(Map<String, NetworkNode> nodes) {
        this.nodes = Map.copyOf(nodes);
    }

    public static NetworkView empty() {
        return EMPTY;
    }

    public static NetworkView of(Collection<NetworkNode> nodes) {
        return EMPTY.with(nodes);
    }

    /** This view with {@code changed} nodes added or replaced, later ones winning. */
    public NetworkView with(Collection<NetworkNode> changed) {
        Map<String, NetworkNode> next = new HashMap<>(nodes);
        changed.forEach(node -> next.put(node.code(), node));
        return new NetworkView(next);
    }

    public Optional<NetworkNode> node(String code) {
        return Optional.ofNullable(nodes.get(code));
    }

    public List<NetworkNode> nodes() {
        return nodes.values().stream()
                .sorted(Comparator.comparing(NetworkNode::code))
                .toList();
    }

    public int size() {
        return nodes.size();
    }

    /** Whether {@code code} is {@code ancestor} or lies somewhere below it. */
    public boolean isWithin(String code, String ancestor) {
        Set<String> seen = new HashSet<>();
        @Nullable NetworkNode current = nodes.get(code);
        while (current != null && seen.add(current.code())) {
            if (current.code().equals(ancestor)) {
                return true;
            }
            current = current.parentCode() == null ? null : nodes.get(current.parentCode());
        }
        return false;
    }

    /**
     * The node's code, then its parent's, up to the root; empty when the node is unknown. A cycle in
     * bad data stops at the first code seen twice.
     */
    public List<String> lineage(String code) {
        List<String> lineage = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        @Nullable NetworkNode current = nodes.get(code);
        while (current != null && seen.add(current.code())) {
            lineage.add(current.code());
            current = current.parentCode() == null ? null : nodes.get(current.parentCode());
        }
        return List.copyOf(lineage);
    }

    /** The codes of {@code code} and every node below it; empty when the node is unknown. */
    public Set<String> subtree(String code) {
        if (!nodes.containsKey(code)) {
            return Set.of();
        }
        Set<String> below = new HashSet<>();
        nodes.keySet().stream().filter(n -> isWithin(n, code)).forEach(below::add);
        return Set.copyOf(below);
    }

    /** The nodes whose parent is {@code code}, by code. */
    public List<NetworkNode> children(String code) {
        return nodes.values().stream()
                .filter(n -> code.equals(n.parentCode()))
                .sorted(Comparator.comparing(NetworkNode::code))
                .toList();
    }

    /** An active group, village, township, city unit or monitoring point: where an item can be placed. */
    public boolean isActiveRegion(String code) {
        return node(code).filter(n -> n.active() && REGIONS.contains(n.kind())).isPresent();
    }

    /** An active department or city unit: what an item can concern. */
    public boolean isActiveUnit(String code) {
        return node(code).filter(n -> n.active() && UNITS.contains(n.kind())).isPresent();
    }

    /**
     * The reporting point a region reports through: the first township or city unit walking up from
     * the region itself. A monitoring point with none above it (one inside a county department)
     * reports directly to the work station, so it is its own reporting point.
     */
    public Optional<String> reportingPointOf(String regionCode) {
        Optional<NetworkNode> region = node(regionCode);
        Optional<String> above = region.flatMap(this::firstReportingPointFrom);
        if (above.isEmpty()
                && region.filter(n -> n.kind() == NodeKind.MONITORING_POINT).isPresent()) {
            return Optional.of(regionCode);
        }
        return above;
    }

    private Optional<String> firstReportingPointFrom(NetworkNode start) {
        Set<String> seen = new HashSet<>();
        @Nullable NetworkNode current = start;
        while (current != null && seen.add(current.code())) {
            if (REPORTING_POINTS.contains(current.kind())) {
                return Optional.of(current.code());
            }
            current = current.parentCode() == null ? null : nodes.get(current.parentCode());
        }
        return Optional.empty();
    }
}
