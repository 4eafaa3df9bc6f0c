package org.qingfeng.support.audit;

import org.jspecify.annotations.Nullable;
import org.qingfeng.contracts.audit.AuditAction;

/**
 * One act to audit, before the actor, the time and the service are added. Never put confidential
 * content here: the target is an id, the detail a count or a decision name.
 */
public record AuditEntry(
        AuditAction action,
        String targetType,
        @Nullable String targetId,
        @Nullable String scopeNode,
        @Nullable String reason,
        String outcome,
        @Nullable String detail) {

    public static final String GRANTED = "GRANTED";
    public static final String DENIED = "DENIED";

    /** An act on one record at a node, granted. */
    public static AuditEntry of(
            AuditAction action, String targetType, @Nullable String targetId, @Nullable String scopeNode) {
        return new AuditEntry(action, targetType, targetId, scopeNode, null, GRANTED, null);
    }

    public AuditEntry because(@Nullable String why) {
        return new AuditEntry(action, targetType, targetId, scopeNode, why, outcome, detail);
    }

    public AuditEntry detail(@Nullable String note) {
        return new AuditEntry(action, targetType, targetId, scopeNode, reason, outcome, note);
    }

    public AuditEntry denied() {
        return new AuditEntry(action, targetType, targetId, scopeNode, reason, DENIED, detail);
    }
}
