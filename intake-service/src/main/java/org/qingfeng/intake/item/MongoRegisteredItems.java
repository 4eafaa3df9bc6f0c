package org.qingfeng.intake.item;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.qingfeng.intake.receipt.Receipt;
import org.qingfeng.intake.receipt.ReceiptHasher;
import org.springframework.stereotype.Component;

/**
 * {@link RegisteredItems} and {@link FollowedItems} over the {@code items} and {@code receipts}
 * projections. A receipt whose locator is unknown, or that is no receipt at all, is checked against
 * a decoy hash: every wrong receipt costs one slow hash, as a right one does, so the time of the
 * answer does not tell an attacker which locators exist.
 */
@Component
class MongoRegisteredItems implements RegisteredItems, FollowedItems {

    private static final Receipt DECOY_RECEIPT = new Receipt("0".repeat(24));

    private final ItemStore items;
    private final ReceiptHasher hasher;
    private final String decoyHash;

    MongoRegisteredItems(ItemStore items, ReceiptHasher hasher) {
        this.items = items;
        this.hasher = hasher;
        this.decoyHash = hasher.derive("decoy-receipt").hash();
    }

    @Override
    public Optional<String> fingerprintOf(UUID itemId) {
        return items.fingerprintOf(itemId);
    }

    @Override
    public Optional<UUID> itemOf(Receipt receipt) {
        Map<UUID, String> candidates = items.candidates(receipt, hasher);
        if (candidates.isEmpty()) {
            hasher.matches(receipt, decoyHash);
            return Optional.empty();
        }
        return candidates.entrySet().stream()
                .filter(e -> hasher.matches(receipt, e.getValue()))
                .map(Map.Entry::getKey)
                .findFirst();
    }

    @Override
    public Optional<UUID> itemOfTyped(String typed) {
        Optional<Receipt> receipt = Receipt.parse(typed);
        if (receipt.isEmpty()) {
            hasher.matches(DECOY_RECEIPT, decoyHash);
            return Optional.empty();
        }
        return itemOf(receipt.get());
    }

    @Override
    public Optional<RegisteredItem> registered(UUID itemId) {
        return items.registered(itemId);
    }
}
