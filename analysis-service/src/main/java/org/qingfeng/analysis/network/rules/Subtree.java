package org.qingfeng.analysis.network.rules;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The codes of a node and every node below it: what a staff member scoped to that node sees. Inactive
 * nodes are walked too, since informants and items may still hang below a node that was retired.
 */
public final class Subtree {

    private Subtree() {}

    public static Set<String> of(Collection<NetworkNode> nodes, String rootCode) {
        Map<String, List<String>> children = new HashMap<>();
        for (NetworkNode node : nodes) {
            if (node.parentCode() != null) {
                children.computeIfAbsent(node.parentCode(), parent -> new ArrayList<>())
                        .add(node.code());
            }
        }
        Set<String> codes = new LinkedHashSet<>();
        Deque<String> pending = new ArrayDeque<>(List.of(rootCode));
        while (!pending.isEmpty()) {
            String code = pending.pop();
            // Intake refuses cycles; the set makes a walk over a corrupt projection end anyway.
            if (codes.add(code)) {
                pending.addAll(children.getOrDefault(code, List.of()));
            }
        }
        return codes;
    }
}
