package org.qingfeng.intake.item;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.qingfeng.contracts.audit.AuditAction;
import org.qingfeng.intake.network.CurrentNetwork;
import org.qingfeng.intake.rules.RulesViolated;
import org.qingfeng.intake.rules.Violation;
import org.qingfeng.intake.web.NotFound;
import org.qingfeng.support.audit.AuditEntry;
import org.qingfeng.support.audit.AuditTrail;
import org.qingfeng.support.security.Actor;
import org.qingfeng.support.security.Actors;
import org.qingfeng.support.security.Scopes;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Items for staff: one by id, or the most recent first, only those placed in the caller's part of
 * the network. Every read is audited before it is answered: one record per item read, one per list
 * with the count; never the content.
 */
@RestController
class ItemController {

    static final int MAX_LIMIT = 200;
    static final String TARGET = "item";

    private final ItemStore items;
    private final CurrentNetwork network;
    private final Scopes scopes;
    private final AuditTrail audit;

    ItemController(ItemStore items, CurrentNetwork network, Scopes scopes, AuditTrail audit) {
        this.items = items;
        this.network = network;
        this.scopes = scopes;
        this.audit = audit;
    }

    /** Unknown and out of scope answer alike, {@code 404}, so probing ids tells nothing. */
    @GetMapping("/api/items/{itemId}")
    @PreAuthorize("hasAnyRole('WORK_STATION_STAFF','TOWNSHIP_STAFF','MONITORING_STAFF')")
    ItemView item(@PathVariable String itemId) {
        ItemView item = parse(itemId).flatMap(items::find).orElseThrow(() -> new NotFound("没有这个事项 / No such item"));
        scopes.require(Actors.current(), item.regionCode());
        audit.record(AuditEntry.of(AuditAction.ITEM_READ, TARGET, item.itemId().toString(), item.regionCode()));
        return item;
    }

    /** Wrapped in an object, as every list this network serves, so that fields can be added. */
    @GetMapping("/api/items")
    @PreAuthorize("hasAnyRole('WORK_STATION_STAFF','TOWNSHIP_STAFF','MONITORING_STAFF')")
    RecentItems recent(@RequestParam(defaultValue = "20") int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new RulesViolated(List.of(new Violation("limit", "须为 1 到 200 / must be 1 to 200")));
        }
        Actor actor = Actors.current();
        Set<String> regions = actor.node() == null ? Set.of() : network.view().subtree(actor.node());
        List<ItemView> recent = items.recent(limit, regions);
        audit.record(
                AuditEntry.of(AuditAction.ITEM_LIST, TARGET, null, actor.node()).detail("count=" + recent.size()));
        return new RecentItems(recent);
    }

    record RecentItems(List<ItemView> items) {}

    private static Optional<UUID> parse(String itemId) {
        try {
            return Optional.of(UUID.fromString(itemId));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
