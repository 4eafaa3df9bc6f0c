package org.qingfeng.contracts.audit;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One audited act, published by the service where it happened and chained by the audit service.
 * Who, what, when and why, never the confidential content: the target is named by its id, the
 * detail is a count or a decision name, never a description, a name or a phone number.
 *
 * @param service the service that did it ({@code intake-service}, {@code auth-server}…)
 * @param actor the signed-in user's subject id, or {@code anonymous}, or a client id for a service
 *     account; never an informant's identity
 * @param actorRoles the roles the actor acted in
 * @param actorNode the network node the actor's roles are scoped to, if any
 * @param targetType what kind of record ({@code item}, {@code informant}, {@code node}, {@code user}…)
 * @param targetId its id or pseudonymous token, if a single record
 * @param scopeNode the network node the act concerns, for scoping who may read the record
 * @param reason why, as the actor stated it (required for identity reveals)
 * @param outcome {@code GRANTED}, {@code DENIED}, {@code FAILED}
 * @param detail a short non-confidential note: a decision name, a count, a field list
 */
public record AuditRecorded(
        UUID eventId,
        Instant occurredAt,
        String service,
        String actor,
        List<String> actorRoles,
        @Nullable String actorNode,
        AuditAction action,
        String targetType,
        @Nullable String targetId,
        @Nullable String scopeNode,
        @Nullable String reason,
        String outcome,
        @Nullable String detail) {

    public AuditRecorded {
        actorRoles = actorRoles == null ? List.of() : List.copyOf(actorRoles);
    }
}
