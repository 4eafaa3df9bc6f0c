package org.qingfeng.support.audit;

import java.util.List;
import org.qingfeng.support.security.Actor;
import org.qingfeng.support.security.Actors;

/**
 * Where a service records what its callers did. {@link #record} returns once the record is durable;
 * when it cannot be made durable it throws, and the audited act must not be answered: a read that
 * cannot be proven later is not served.
 */
public interface AuditTrail {

    /** Records the act for the current caller. */
    default void record(AuditEntry entry) {
        record(Actors.current(), entry);
    }

    void record(Actor actor, AuditEntry entry);

    /** Several acts in one acknowledged send (a list read of many items). */
    void recordAll(Actor actor, List<AuditEntry> entries);
}
