package org.qingfeng.intake.item;

import java.time.Instant;
import java.util.UUID;
import org.qingfeng.intake.item.rules.ItemStatus;

/**
 * Where a registered item is placed and how it stands, without its content.
 *
 * @param regionCode the node the item belongs to, by which staff are scoped
 */
public record RegisteredItem(UUID itemId, String regionCode, ItemStatus status, Instant submittedAt) {}
