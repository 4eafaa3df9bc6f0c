package org.qingfeng.disposal.network.rules;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The network's parent links, walked upward: what a caller's scope is checked against. Inactive
 * nodes keep their place, since items and informants may still hang below a node that was retired.
 */
public final class Tree {

    private final Map<String, @Nullable String> parents;

    private Tree(Map<String, @Nullable String> parents) {
        this.parents = parents;
    }

    public static Tree of(Collection<NetworkNode> nodes) {
        Map<String, @Nullable String> parents = new HashMap<>();
        nodes.forEach(node -> parents.put(node.code(), node.parentCode()));
        return new Tree(parents);
    }

    /** The node, its parent, and so on up to the root; empty for a node the network does not have. */
    public List<String> lineage(String code) {
        if (!parents.containsKey(code)) {
            return List.of();
        }
        List<String> path = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String current = code;
        // Intake refuses cycles; the set makes a walk over a corrupt projection end anyway.
        while (current != null && seen.add(current)) {
            path.add(current);
            current = parents.get(current);
        }
        return List.copyOf(path);
    }
}
