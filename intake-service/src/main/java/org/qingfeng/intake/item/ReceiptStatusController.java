package org.qingfeng.intake.item;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.qingfeng.intake.item.rules.ItemStatus;
import org.qingfeng.intake.rules.RulesViolated;
import org.qingfeng.intake.rules.Violation;
import org.qingfeng.intake.web.NotFound;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/receipts/status}: whoever holds a receipt learns the item's status and the
 * follow-up conversation about it, never who took part on the work station's side. The receipt
 * travels in the body, so it stays out of URLs and access logs; the answer is never cached.
 */
@RestController
class ReceiptStatusController {

    private final FollowedItems followed;
    private final ItemStore items;
    private final ReceiptThreads threads;

    ReceiptStatusController(FollowedItems followed, ItemStore items, ReceiptThreads threads) {
        this.followed = followed;
        this.items = items;
        this.threads = threads;
    }

    /**
     * Open to anyone, with or without a token. A missing receipt is a {@code 400}; a wrong one and
     * one that cannot be a receipt are the same {@code 404}.
     */
    @PreAuthorize("permitAll()")
    @PostMapping(path = "/api/receipts/status", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ReceiptStatus> status(@RequestBody ReceiptQuery query) {
        if (query.receipt() == null || query.receipt().isBlank()) {
            throw new RulesViolated(List.of(new Violation("receipt", "必填 / required")));
        }
        ReceiptStatus status = followed.itemOfTyped(query.receipt())
                .flatMap(items::find)
                .map(this::statusOf)
                .orElseThrow(() -> new NotFound(FollowedItems.NO_ITEM_FOR_RECEIPT));
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(status);
    }

    private ReceiptStatus statusOf(ItemView item) {
        ReceiptThread thread = threads.of(item.itemId(), item.status());
        return new ReceiptStatus(
                item.status(),
                item.status().label(),
                item.submittedAt(),
                thread.thread(),
                thread.canConfirm(),
                thread.confirmPrompt());
    }

    record ReceiptQuery(@Nullable String receipt) {}

    record ReceiptStatus(
            ItemStatus status,
            String statusLabel,
            Instant submittedAt,
            List<ReceiptThread.Entry> thread,
            boolean canConfirm,
            @Nullable String confirmPrompt) {}
}
