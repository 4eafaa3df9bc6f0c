package org.qingfeng.intake.item;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.qingfeng.intake.rules.RulesViolated;
import org.qingfeng.intake.rules.Violation;
import org.qingfeng.intake.web.NotFound;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Items for staff: one by id, or the most recent first. */
@RestController
class ItemController {

    static final int MAX_LIMIT = 200;

    private final ItemStore items;

    ItemController(ItemStore items) {
        this.items = items;
    }

    @GetMapping("/api/items/{itemId}")
    ItemView item(@PathVariable String itemId) {
        return parse(itemId).flatMap(items::find).orElseThrow(() -> new NotFound("没有这个事项 / No such item"));
    }

    /** Wrapped in an object, as every list this network serves, so that fields can be added. */
    @GetMapping("/api/items")
    RecentItems recent(@RequestParam(defaultValue = "20") int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new RulesViolated(List.of(new Violation("limit", "须为 1 到 200 / must be 1 to 200")));
        }
        return new RecentItems(items.recent(limit));
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
