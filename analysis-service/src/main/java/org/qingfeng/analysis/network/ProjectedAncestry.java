package org.qingfeng.analysis.network;

import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.qingfeng.analysis.AnalysisProperties;
import org.qingfeng.support.security.CachedAncestry;
import org.springframework.stereotype.Component;

/** The caller's scope checked against analysis's own {@code network_nodes}, refreshed every {@code analysis.network-refresh}. */
@Component
class ProjectedAncestry extends CachedAncestry {

    ProjectedAncestry(NetworkNodeStore nodes, AnalysisProperties properties) {
        super(() -> parents(nodes), properties.networkRefresh());
    }

    private static Map<String, @Nullable String> parents(NetworkNodeStore nodes) {
        Map<String, @Nullable String> parents = new HashMap<>();
        nodes.all().forEach(node -> parents.put(node.code(), node.parentCode()));
        return parents;
    }
}
