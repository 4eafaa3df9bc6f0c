package org.qingfeng.intake.dedup.rules;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Which earlier items a new one is compared with: those sharing the most of its LSH buckets, at
 * most {@code max}. A flood of one text fills its buckets with hundreds of items; a true duplicate
 * shares far more buckets with the new item than a chance candidate does, so it stays on the list.
 * Ties go to the smaller id, so a replay compares the same items.
 */
public final class Shortlist {

    private Shortlist() {}

    /**
     * @param buckets the new item's bucket keys
     * @param indexes bucket key to the items in it, from every index consulted (stored, and this batch's)
     */
    public static List<UUID> of(UUID itemId, List<String> buckets, List<Map<String, List<UUID>>> indexes, int max) {
        Map<UUID, Integer> shared = new HashMap<>();
        for (String key : buckets) {
            for (Map<String, List<UUID>> index : indexes) {
                index.getOrDefault(key, List.of()).forEach(id -> shared.merge(id, 1, Integer::sum));
            }
        }
        shared.remove(itemId);
        return shared.entrySet().stream()
                .sorted(Map.Entry.<UUID, Integer>comparingByValue()
                        .reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(max)
                .map(Map.Entry::getKey)
                .toList();
    }
}
