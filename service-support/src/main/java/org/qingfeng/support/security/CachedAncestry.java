package org.qingfeng.support.security;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A service's network projection as {@link NodeAncestry}, held in memory because every record of a
 * list is checked. The service's listener calls {@link #changed()} when it writes; since only one
 * instance of a service consumes each change (one consumer group), the copy is also reloaded when
 * older than {@code maxAge}, so other instances follow within that time.
 */
public class CachedAncestry implements NodeAncestry {

    private final Supplier<Map<String, @Nullable String>> parents;
    private final long maxAgeNanos;
    private final AtomicLong generation = new AtomicLong();
    private volatile @Nullable Loaded loaded;

    /** {@code parents} reads the projection: each node's code with its parent's code. */
    public CachedAncestry(Supplier<Map<String, @Nullable String>> parents, Duration maxAge) {
        this.parents = parents;
        this.maxAgeNanos = maxAge.toNanos();
    }

    @Override
    public List<String> lineage(String nodeCode) {
        return links().lineage(nodeCode);
    }

    /** The projection changed: the next check reads it again. */
    public void changed() {
        generation.incrementAndGet();
        loaded = null;
    }

    private ParentLinks links() {
        Loaded current = loaded;
        if (current != null && System.nanoTime() - current.at() < maxAgeNanos) {
            return current.links();
        }
        long before = generation.get();
        ParentLinks links = ParentLinks.of(parents.get());
        // A change written while this load ran may be missing from it: keep it for this call only.
        if (generation.get() == before) {
            loaded = new Loaded(links, System.nanoTime());
        }
        return links;
    }

    private record Loaded(ParentLinks links, long at) {}
}
