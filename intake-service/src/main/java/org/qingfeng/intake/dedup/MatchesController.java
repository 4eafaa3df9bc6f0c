package org.qingfeng.intake.dedup;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.bson.Document;
import org.qingfeng.contracts.audit.AuditAction;
import org.qingfeng.intake.web.NotFound;
import org.qingfeng.support.audit.AuditEntry;
import org.qingfeng.support.audit.AuditTrail;
import org.qingfeng.support.security.Actors;
import org.qingfeng.support.security.Scopes;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The items an item was matched with, both ways, most similar first: what {@code ItemMatched} said.
 * Scoped and audited like reading the item; an item not indexed yet (or unknown, or out of scope)
 * answers {@code 404}. A match may name an item outside the caller's scope: only its id is shown.
 */
@RestController
class MatchesController {

    private final DedupStore store;
    private final Scopes scopes;
    private final AuditTrail audit;

    MatchesController(DedupStore store, Scopes scopes, AuditTrail audit) {
        this.store = store;
        this.scopes = scopes;
        this.audit = audit;
    }

    @GetMapping("/api/items/{itemId}/matches")
    @PreAuthorize("hasAnyRole('WORK_STATION_STAFF','TOWNSHIP_STAFF','MONITORING_STAFF')")
    Matches matches(@PathVariable String itemId) {
        UUID id = parse(itemId).orElseThrow(MatchesController::notFound);
        String region = store.regionOf(id).orElseThrow(MatchesController::notFound);
        scopes.require(Actors.current(), region);
        audit.record(AuditEntry.of(AuditAction.ITEM_READ, "item", id.toString(), region)
                .detail("matches"));
        List<MatchView> matches = store.matchesOf(id).stream()
                .map(MatchesController::view)
                .sorted(Comparator.comparingDouble(MatchView::similarity).reversed())
                .toList();
        return new Matches(matches);
    }

    record Matches(List<MatchView> matches) {}

    record MatchView(String itemId, String relation, double similarity) {}

    private static MatchView view(Document d) {
        return new MatchView(d.getString("itemId"), d.getString("relation"), d.getDouble("similarity"));
    }

    private static NotFound notFound() {
        return new NotFound("没有这个事项 / No such item");
    }

    private static Optional<UUID> parse(String itemId) {
        try {
            return Optional.of(UUID.fromString(itemId));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
