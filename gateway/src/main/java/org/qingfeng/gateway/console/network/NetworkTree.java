package org.qingfeng.gateway.console.network;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The registry as a tree, depth first: the county, then below each node its work station,
 * townships and city units, villages, groups, monitoring points and departments, each kind by
 * code. A node whose parent is not in the registry is shown at the top, not dropped, and so are
 * the nodes of a parent chain that loops (intake refuses one), each once.
 */
final class NetworkTree {

    static final List<String> KINDS = List.of(
            "COUNTY", "WORK_STATION", "TOWNSHIP", "CITY_UNIT", "VILLAGE", "GROUP", "MONITORING_POINT", "DEPARTMENT");

    /** The kinds that hold others: what a person filters the tree and the informants by. */
    static final Set<String> BRANCHES = Set.of("COUNTY", "WORK_STATION", "TOWNSHIP", "CITY_UNIT", "VILLAGE");

    static final List<String> HOSTS = List.of("DEPARTMENT", "HOSPITAL", "SCHOOL", "INDUSTRIAL_PARK", "KEY_AREA");

    private static final Comparator<RegistryNode> SIBLINGS = Comparator.comparingInt(
                    (RegistryNode node) -> kindRank(node.kind()))
            .thenComparing(RegistryNode::code);

    private NetworkTree() {}

    /** The whole tree, or only the branch below {@code root} when it names a node. */
    static List<TreeLine> lines(List<RegistryNode> nodes, @Nullable String root) {
        Map<String, RegistryNode> byCode = new LinkedHashMap<>();
        nodes.forEach(node -> byCode.putIfAbsent(node.code(), node));
        Map<String, List<RegistryNode>> children = new HashMap<>();
        List<RegistryNode> tops = new ArrayList<>();
        for (RegistryNode node : byCode.values()) {
            String parent = node.parentCode();
            if (parent == null || !byCode.containsKey(parent)) {
                tops.add(node);
            } else {
                children.computeIfAbsent(parent, p -> new ArrayList<>()).add(node);
            }
        }
        children.values().forEach(siblings -> siblings.sort(SIBLINGS));
        tops.sort(SIBLINGS);
        if (root != null && byCode.containsKey(root)) {
            return walk(List.of(byCode.get(root)), children, new HashSet<>());
        }
        Set<String> seen = new HashSet<>();
        List<TreeLine> lines = new ArrayList<>(walk(tops, children, seen));
        List<RegistryNode> inLoops = byCode.values().stream()
                .filter(node -> !seen.contains(node.code()))
                .sorted(SIBLINGS)
                .toList();
        lines.addAll(walk(inLoops, children, seen));
        return lines;
    }

    /** The nodes that hold others, in tree order, for choosing a branch. */
    static List<RegistryNode> branches(List<RegistryNode> nodes) {
        return lines(nodes, null).stream()
                .map(TreeLine::node)
                .filter(node -> BRANCHES.contains(node.kind()))
                .toList();
    }

    private static List<TreeLine> walk(
            List<RegistryNode> start, Map<String, List<RegistryNode>> children, Set<String> seen) {
        List<TreeLine> lines = new ArrayList<>();
        Deque<TreeLine> pending = new ArrayDeque<>();
        for (int i = start.size() - 1; i >= 0; i--) {
            pending.push(new TreeLine(0, start.get(i)));
        }
        while (!pending.isEmpty()) {
            TreeLine line = pending.pop();
            if (!seen.add(line.node().code())) {
                continue;
            }
            lines.add(line);
            List<RegistryNode> below = children.getOrDefault(line.node().code(), List.of());
            for (int i = below.size() - 1; i >= 0; i--) {
                pending.push(new TreeLine(line.depth() + 1, below.get(i)));
            }
        }
        return lines;
    }

    private static int kindRank(String kind) {
        int rank = KINDS.indexOf(kind);
        return rank < 0 ? KINDS.size() : rank;
    }
}
