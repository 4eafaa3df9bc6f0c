package org.qingfeng.analysis.triage.rules;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Whether a reviewer is excluded from an item. A reviewer's ties are stored one document each under
 * a key {@code subject|KIND|target} (the declaration's conflict id; {@code subject|NAMED|itemId} for
 * intake's findings), so every tie that could touch a set of items is found by looking up the keys
 * those items imply, never by scanning every tie.
 */
public final class Exclusions {

    private static final String SEPARATOR = "|";

    private Exclusions() {}

    /** The key of a tie: deterministic, so declaring the same tie twice is one tie. */
    public static String key(String subject, ExclusionKind kind, String target) {
        return subject + SEPARATOR + kind.name() + SEPARATOR + target;
    }

    /** Whether {@code key} is one of {@code subject}'s ties (a withdrawal names it). */
    public static boolean ownedBy(String key, String subject) {
        return key.startsWith(subject + SEPARATOR) && key.length() > subject.length() + 1;
    }

    /** The id under which an exclusion is recorded once: {@code itemId|subject}. */
    public static String recordId(UUID itemId, String subject) {
        return itemId + SEPARATOR + subject;
    }

    /** Every key under which a tie of {@code subject} to one of the items would be stored. */
    public static Set<String> keys(String subject, List<ItemPlace> items) {
        Set<String> keys = new LinkedHashSet<>();
        items.forEach(item -> keys.addAll(keysOf(subject, item).values()));
        return keys;
    }

    /**
     * Why {@code subject} is excluded from each item it is, given the keys of its active ties; items
     * not in the answer are theirs to see. The first kind in {@link ExclusionKind}'s order is the reason.
     */
    public static Map<UUID, ExclusionKind> excluded(String subject, List<ItemPlace> items, Set<String> activeKeys) {
        Map<UUID, ExclusionKind> excluded = new LinkedHashMap<>();
        for (ItemPlace item : items) {
            reason(subject, item, activeKeys).ifPresent(kind -> excluded.put(item.itemId(), kind));
        }
        return excluded;
    }

    public static Optional<ExclusionKind> reason(String subject, ItemPlace item, Set<String> activeKeys) {
        return keysOf(subject, item).entrySet().stream()
                .filter(entry -> activeKeys.contains(entry.getValue()))
                .map(Map.Entry::getKey)
                .findFirst();
    }

    private static Map<ExclusionKind, String> keysOf(String subject, ItemPlace item) {
        Map<ExclusionKind, String> keys = new LinkedHashMap<>();
        if (item.townshipCode() != null) {
            keys.put(ExclusionKind.HOME_TOWNSHIP, key(subject, ExclusionKind.HOME_TOWNSHIP, item.townshipCode()));
        }
        if (item.unitCode() != null) {
            keys.put(ExclusionKind.UNIT, key(subject, ExclusionKind.UNIT, item.unitCode()));
        }
        keys.put(
                ExclusionKind.ITEM,
                key(subject, ExclusionKind.ITEM, item.itemId().toString()));
        keys.put(
                ExclusionKind.NAMED,
                key(subject, ExclusionKind.NAMED, item.itemId().toString()));
        return keys;
    }
}
