package org.qingfeng.contracts.intake;

import java.time.Instant;
import java.util.UUID;

/**
 * A warning item entered the network. {@code occurredAt} is when it was submitted; the event id is
 * derived from the item id, so a replay publishes the same event again and consumers drop it.
 */
public record ItemSubmitted(
        UUID eventId, Instant occurredAt, UUID itemId, SubmitterKind submitterKind, ItemDetails item) {}
