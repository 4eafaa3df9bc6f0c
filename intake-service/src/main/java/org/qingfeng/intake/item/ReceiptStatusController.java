package org.qingfeng.intake.item;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.qingfeng.intake.item.rules.ItemStatus;
import org.qingfeng.intake.receipt.Receipt;
import org.qingfeng.intake.receipt.ReceiptHasher;
import org.qingfeng.intake.rules.RulesViolated;
import org.qingfeng.intake.rules.Violation;
import org.qingfeng.intake.web.NotFound;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/receipts/status}: whoever holds a receipt learns the item's status and nothing
 * else. The receipt travels in the body, so it stays out of URLs and access logs.
 */
@RestController
class ReceiptStatusController {

    private final ItemStore items;
    private final ReceiptHasher hasher;

    ReceiptStatusController(ItemStore items, ReceiptHasher hasher) {
        this.items = items;
        this.hasher = hasher;
    }

    /** Open to anyone, with or without a token. */
    @PreAuthorize("permitAll()")
    @PostMapping(path = "/api/receipts/status", consumes = MediaType.APPLICATION_JSON_VALUE)
    ReceiptStatus status(@RequestBody ReceiptQuery query) {
        Receipt receipt = Receipt.parse(query.receipt() == null ? "" : query.receipt())
                .orElseThrow(
                        () -> new RulesViolated(List.of(new Violation("receipt", "不是有效的回执 / not a valid receipt"))));
        return items.findByReceipt(receipt, hasher)
                .map(item -> new ReceiptStatus(item.status(), item.status().label(), item.submittedAt()))
                .orElseThrow(() -> new NotFound("没有与此回执对应的事项 / No item for this receipt"));
    }

    record ReceiptQuery(@Nullable String receipt) {}

    record ReceiptStatus(ItemStatus status, String statusLabel, Instant submittedAt) {}
}
