package org.qingfeng.auth.network;

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
 * Each node's parent, in memory, as the registry topic last said. Small (a county has hundreds of
 * nodes) and read on every scoped check, so it is never asked of a store.
 */
@Component
public class NetworkTree implements NodeAncestry {

    /** The parent of each known node; the empty string stands for the root's absent parent. */
    private final Map<String, String> parents = new ConcurrentHashMap<>();

    public boolean isKnown(String nodeCode) {
        return parents.containsKey(nodeCode);
    }

    @Override
    public List<String> lineage(String nodeCode) {
        List<String> lineage = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String current = nodeCode;
        while (current != null && parents.containsKey(current) && seen.add(current)) {
            lineage.add(current);
            current = parentOf(current).orElse(null);
        }
        return List.copyOf(lineage);
    }

    void put(String nodeCode, @Nullable String parentCode) {
        parents.put(nodeCode, parentCode == null ? "" : parentCode);
    }

    /** A tombstone on the compacted topic: the node is gone. */
    void remove(String nodeCode) {
        parents.remove(nodeCode);
    }

    int size() {
        return parents.size();
    }

    private Optional<String> parentOf(String nodeCode) {
        String parent = parents.get(nodeCode);
        return parent == null || parent.isEmpty() ? Optional.empty() : Optional.of(parent);
    }
}
