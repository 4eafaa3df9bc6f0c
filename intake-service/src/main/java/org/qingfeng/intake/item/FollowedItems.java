package org.qingfeng.intake.item;

import java.util.Optional;
import java.util.UUID;

/**
 * What the follow-up conversation asks of the items: which item a typed receipt belongs to, and where
 * and how an item stands.
 */
public interface FollowedItems {

    /** The one answer to a receipt that finds nothing, whether it was wrong or malformed. */
    String NO_ITEM_FOR_RECEIPT = "没有与此回执对应的事项 / No item for this receipt";

    /**
     * The item of a receipt as a person typed it. Empty for a wrong receipt and for one that cannot
     * be a receipt at all, each after one slow hash, so the time taken does not tell them apart.
     */
    Optional<UUID> itemOfTyped(String typed);

    /** The item if it is registered (its submission projected); empty otherwise. */
    Optional<RegisteredItem> registered(UUID itemId);
}
