package org.qingfeng.intake.item;

import java.util.Optional;
import java.util.UUID;
import org.qingfeng.intake.receipt.Receipt;

/** What other parts of intake may ask of the item projection, without reaching into its documents. */
public interface RegisteredItems {

    /** The fingerprint of what a registered item said ({@code ItemFingerprint}), empty if unknown. */
    Optional<String> fingerprintOf(UUID itemId);

    /** The item a receipt was issued for, checked against its slow hash; empty for a wrong receipt. */
    Optional<UUID> itemOf(Receipt receipt);
}
