package org.qingfeng.support.security;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The network's parent links, walked upward: what a caller's scope is checked against. Inactive
 * nodes keep their place, since items and informants may still hang below a node that was retired.
 */
public final class ParentLinks implements NodeAncestry {

    private final Map<String, @Nullable String> parents;

    private ParentLinks(Map<String, @Nullable String> parents) {
        this.parents = parents;
    }

    /** Each node's code with its parent's code, null for a root; the map is kept, not copied. */
    public static ParentLinks of(Map<String, @Nullable String> parents) {
        return new ParentLinks(parents);
    }

    /** The node, its parent, and so on up to the root; empty for a node the network does not have. */
    @Override
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
