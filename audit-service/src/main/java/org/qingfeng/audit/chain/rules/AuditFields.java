package org.qingfeng.audit.chain.rules;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What one chained record says, as the chain hashes it. Everything is text so that a tampered
 * document (an unknown action, a missing field) can still be read and reported rather than fail
 * the verifier. {@code occurredAt} is kept to the millisecond, the precision the store keeps.
 */
public record AuditFields(
        @Nullable String eventId,
        @Nullable Instant occurredAt,
        @Nullable String service,
        @Nullable String actor,
        List<String> actorRoles,
        @Nullable String actorNode,
        @Nullable String action,
        @Nullable String targetType,
        @Nullable String targetId,
        @Nullable String scopeNode,
        @Nullable String reason,
        @Nullable String outcome,
        @Nullable String detail) {

    public AuditFields {
        actorRoles = List.copyOf(actorRoles);
        occurredAt = occurredAt == null ? null : occurredAt.truncatedTo(ChronoUnit.MILLIS);
    }
}
