package org.qingfeng.analysis.triage;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.qingfeng.analysis.triage.rules.ExclusionKind;
import org.qingfeng.analysis.triage.rules.Exclusions;
import org.qingfeng.analysis.triage.rules.ItemPlace;
import org.qingfeng.contracts.audit.AuditAction;
import org.qingfeng.support.audit.AuditEntry;
import org.qingfeng.support.security.Actor;
import org.springframework.stereotype.Component;

/**
 * Which items a reviewer is kept off, and the record of it. Ties are looked up by the keys the items
 * imply ({@link Exclusions}), so a month of a thousand items costs a few {@code _id} lookups.
 */
@Component
class ReviewerExclusions {

    private final ConflictStore conflicts;
    private final ExclusionStore exclusions;
    private final TriageItemStore items;

    ReviewerExclusions(ConflictStore conflicts, ExclusionStore exclusions, TriageItemStore items) {
        this.conflicts = conflicts;
        this.exclusions = exclusions;
        this.items = items;
    }

    /** Why the reviewer is kept off each of the items it is kept off. */
    Map<UUID, ExclusionKind> excluded(Actor reviewer, List<ItemPlace> places) {
        if (places.isEmpty()) {
            return Map.of();
        }
        Set<String> standing = conflicts.standing(Exclusions.keys(reviewer.subject(), places));
        return Exclusions.excluded(reviewer.subject(), places, standing);
    }

    /** Why the reviewer is kept off one item, if it is. */
    Optional<ExclusionKind> excluded(Actor reviewer, UUID itemId) {
        return items.placeOf(itemId)
                .flatMap(place ->
                        Optional.ofNullable(excluded(reviewer, List.of(place)).get(itemId)));
    }

    /** Of these exclusions, the ones not recorded yet. */
    List<Exclusion> unrecorded(List<Exclusion> found) {
        Set<String> recorded =
                exclusions.recorded(found.stream().map(Exclusion::id).toList());
        return found.stream().filter(e -> !recorded.contains(e.id())).toList();
    }

    void record(List<Exclusion> first) {
        exclusions.record(first);
    }

    long countFor(String subject) {
        return exclusions.countFor(subject);
    }

    /** The audit entry of an exclusion: the item and the kind of tie, never the tie's target or reason. */
    static AuditEntry audited(UUID itemId, ExclusionKind kind, @Nullable String regionCode) {
        return AuditEntry.of(AuditAction.REVIEWER_EXCLUDED, "item", itemId.toString(), regionCode)
                .detail(kind.name());
    }
}
