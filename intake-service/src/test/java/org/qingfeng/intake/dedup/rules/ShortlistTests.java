package org.qingfeng.intake.dedup.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ShortlistTests {

    private static final UUID NEW = UUID.fromString("00000000-0000-4000-8000-000000000000");
    private static final UUID DUPLICATE = UUID.fromString("00000000-0000-4000-8000-0000000000dd");
    private static final List<String> BUCKETS =
            IntStream.range(0, 42).mapToObj(b -> b + ":h" + b).toList();

    @Test
    void keepsTheItemsSharingTheMostBucketsWhenAFloodFillsThem() {
        List<UUID> flood = IntStream.range(1, 300).mapToObj(ShortlistTests::id).toList();
        Map<String, List<UUID>> stored = new java.util.HashMap<>();
        // every flood item shares two buckets; the true duplicate shares thirty
        for (int b = 0; b < BUCKETS.size(); b++) {
            List<UUID> items = new ArrayList<>();
            for (int f = 0; f < flood.size(); f++) {
                if (f % 21 == b % 21) {
                    items.add(flood.get(f));
                }
            }
            if (b < 30) {
                items.add(DUPLICATE);
            }
            stored.put(BUCKETS.get(b), items);
        }

        List<UUID> shortlist = Shortlist.of(NEW, BUCKETS, List.of(stored), 32);

        assertThat(shortlist).hasSize(32).first().isEqualTo(DUPLICATE);
    }

    @Test
    void countsBucketsAcrossTheStoredIndexAndTheBatchAndNeverListsTheItemItself() {
        UUID stored = id(1);
        UUID inBatch = id(2);
        Map<String, List<UUID>> index = Map.of(BUCKETS.get(0), List.of(stored, NEW), BUCKETS.get(1), List.of(stored));
        Map<String, List<UUID>> batch = Map.of(
                BUCKETS.get(0), List.of(inBatch), BUCKETS.get(1), List.of(inBatch), BUCKETS.get(2), List.of(inBatch));

        assertThat(Shortlist.of(NEW, BUCKETS, List.of(index, batch), 32)).containsExactly(inBatch, stored);
    }

    @Test
    void breaksTiesByTheSmallerIdSoAReplayComparesTheSameItems() {
        Map<String, List<UUID>> index = Map.of(BUCKETS.get(0), List.of(id(9), id(3), id(7)));

        assertThat(Shortlist.of(NEW, BUCKETS, List.of(index), 2)).containsExactly(id(3), id(7));
    }

    private static UUID id(int n) {
        return UUID.fromString("00000000-0000-4000-8000-%012d".formatted(n));
    }
}
