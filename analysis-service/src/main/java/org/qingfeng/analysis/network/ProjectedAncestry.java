package org.qingfeng.analysis.network;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
import org.qingfeng.analysis.AnalysisProperties;
import org.qingfeng.analysis.network.rules.Tree;
import org.qingfeng.support.security.NodeAncestry;
import org.springframework.stereotype.Component;

/**
 * The caller's scope checked against analysis's own {@code network_nodes}, held in memory because
 * every record of a list is checked. The listener drops the copy when it writes; since only one
 * instance of the service consumes each change (one consumer group), the copy is also reloaded when
 * older than {@code analysis.network-refresh}, so other instances follow within that time.
 */
@Component
class ProjectedAncestry implements NodeAncestry {

    private final NetworkNodeStore nodes;
    private final long maxAgeNanos;
    private final AtomicLong generation = new AtomicLong();
    private volatile @Nullable Loaded loaded;

    ProjectedAncestry(NetworkNodeStore nodes, AnalysisProperties properties) {
        this.nodes = nodes;
        this.maxAgeNanos = properties.networkRefresh().toNanos();
    }

    @Override
    public List<String> lineage(String nodeCode) {
        return tree().lineage(nodeCode);
    }

    /** The projection changed: the next check reads it again. */
    void changed() {
        generation.incrementAndGet();
        loaded = null;
    }

    private Tree tree() {
        Loaded current = loaded;
        if (current != null && System.nanoTime() - current.at() < maxAgeNanos) {
            return current.tree();
        }
        long before = generation.get();
        Tree tree = Tree.of(nodes.all());
        // A change written while this load ran may be missing from it: keep it for this call only.
        if (generation.get() == before) {
            loaded = new Loaded(tree, System.nanoTime());
        }
        return tree;
    }

    private record Loaded(Tree tree, long at) {}
}
