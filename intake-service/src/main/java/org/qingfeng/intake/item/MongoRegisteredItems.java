package org.qingfeng.intake.item;

import java.util.Optional;
import java.util.UUID;
import org.qingfeng.intake.receipt.Receipt;
import org.qingfeng.intake.receipt.ReceiptHasher;
import org.springframework.stereotype.Component;

/** {@link RegisteredItems} over the {@code items} and {@code receipts} projections. */
@Component
class MongoRegisteredItems implements RegisteredItems {

    private final ItemStore items;
    private final ReceiptHasher hasher;

    MongoRegisteredItems(ItemStore items, ReceiptHasher hasher) {
        this.items = items;
        this.hasher = hasher;
    }

    @Override
    public Optional<String> fingerprintOf(UUID itemId) {
        return items.fingerprintOf(itemId);
    }

    @Override
    public Optional<UUID> itemOf(Receipt receipt) {
        return items.itemIdOf(receipt, hasher);
    }
}
