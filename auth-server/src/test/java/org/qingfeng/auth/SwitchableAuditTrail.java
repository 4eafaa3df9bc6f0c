package org.qingfeng.auth;

import java.util.List;
import org.qingfeng.support.audit.AuditEntry;
import org.qingfeng.support.audit.AuditTrail;
import org.qingfeng.support.audit.AuditUnavailable;
import org.qingfeng.support.security.Actor;

/** The real Kafka trail, which a test can make unavailable as a broker outage would. */
public final class SwitchableAuditTrail implements AuditTrail {

    private final AuditTrail real;
    private volatile boolean down;

    public SwitchableAuditTrail(AuditTrail real) {
        this.real = real;
    }

    public void down(boolean value) {
        this.down = value;
    }

    @Override
    public void record(Actor actor, AuditEntry entry) {
        recordAll(actor, List.of(entry));
    }

    @Override
    public void recordAll(Actor actor, List<AuditEntry> entries) {
        if (down) {
            throw new AuditUnavailable(new IllegalStateException("broker away (test)"));
        }
        real.recordAll(actor, entries);
    }
}
