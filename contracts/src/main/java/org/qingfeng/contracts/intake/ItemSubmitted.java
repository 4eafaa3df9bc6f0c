package org.qingfeng.contracts.intake;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A warning item entered the network. {@code occurredAt} is when it was submitted; the event id is
 * derived from the item id, so a replay publishes the same event again and consumers drop it.
 *
 * <p>{@code informantToken} is the submitting informant's keyed pseudonym (null for anyone else):
 * analysis assesses informants under it and never learns who they are.
 */
public record ItemSubmitted(
        UUID eventId,
        Instant occurredAt,
        UUID itemId,
        SubmitterKind submitterKind,
        ItemDetails item,
        @Nullable String informantToken) {}
