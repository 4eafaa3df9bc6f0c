package org.qingfeng.audit.network;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.qingfeng.support.security.NodeAncestry;
import org.springframework.stereotype.Component;

/**
 * The network tree in memory: each node's parent, as the registry topic last said. Rebuilt from the
 * beginning of the compacted topic at every start, so nothing of it is stored. Retired nodes stay:
 * the records made at them must stay readable from above.
 */
@Component
class NetworkTree implements NodeAncestry {

    /** The parent of each known node; the root's is {@link Optional#empty()}. */
    private final Map<String, Optional<String>> parents = new ConcurrentHashMap<>();

    void put(String code, @Nullable String parentCode) {
        parents.put(code, Optional.ofNullable(parentCode));
    }

    @Override
    public List<String> lineage(String nodeCode) {
        if (!parents.containsKey(nodeCode)) {
            return List.of();
        }
        List<String> lineage = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String current = nodeCode;
        while (current != null && seen.add(current)) {
            lineage.add(current);
            current = parents.getOrDefault(current, Optional.empty()).orElse(null);
        }
        return lineage;
    }
}
