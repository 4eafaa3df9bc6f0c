package org.qingfeng.support.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class CachedAncestryTests {

    private final Map<String, @Nullable String> projection = new HashMap<>();
    private final AtomicInteger reads = new AtomicInteger();
    private final CachedAncestry ancestry = new CachedAncestry(
            () -> {
                reads.incrementAndGet();
                return new HashMap<>(projection);
            },
            Duration.ofHours(1));

    CachedAncestryTests() {
        projection.put("county", null);
        projection.put("town", "county");
    }

    @Test
    void walksUpToTheRootAndKnowsNothingOfAnUnknownNode() {
        assertThat(ancestry.lineage("town")).containsExactly("town", "county");
        assertThat(ancestry.lineage("elsewhere")).isEmpty();
    }

    @Test
    void readsTheProjectionOnceUntilItChanges() {
        ancestry.lineage("town");
        ancestry.lineage("county");
        projection.put("village", "town");

        assertThat(ancestry.lineage("village")).isEmpty();
        ancestry.changed();
        assertThat(ancestry.lineage("village")).containsExactly("village", "town", "county");
        assertThat(reads).hasValue(2);
    }

    @Test
    void aCycleInBadDataEndsTheWalk() {
        ParentLinks links = ParentLinks.of(new HashMap<>(Map.of("a", "b", "b", "a")));

        assertThat(links.lineage("a")).containsExactly("a", "b");
    }
}
