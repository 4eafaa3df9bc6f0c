package org.qingfeng.audit;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.qingfeng.audit.chain.rules.AuditFields;
import org.qingfeng.contracts.audit.AuditAction;
import org.qingfeng.contracts.audit.AuditRecorded;

/** Audit records as the services publish them: ids, counts and decision names, never content. */
public final class AuditFixtures {

    private static final AuditAction[] ACTIONS = AuditAction.values();

    private AuditFixtures() {}

    /** The {@code n}th of a run of varied records, the same for the same {@code n}. */
    public static AuditFields anyFields(long n) {
        AuditAction action = ACTIONS[(int) (n % ACTIONS.length)];
        return new AuditFields(
                UUID.nameUUIDFromBytes(("audit-" + n).getBytes(java.nio.charset.StandardCharsets.UTF_8))
                        .toString(),
                Instant.parse("2026-11-01T00:00:00Z").plusSeconds(n * 7),
                n % 3 == 0 ? "intake-service" : "analysis-service",
                "u-" + (n % 17),
                n % 5 == 0 ? List.of("TOWNSHIP_STAFF") : List.of("WORK_STATION_STAFF", "NETWORK_ADMIN"),
                "330281",
                action.name(),
                "item",
                UUID.nameUUIDFromBytes(("item-" + n).getBytes(java.nio.charset.StandardCharsets.UTF_8))
                        .toString(),
                n % 4 == 0 ? null : "330281-10" + (n % 4),
                action == AuditAction.IDENTITY_REVEALED ? "案件查办需要核实信息来源" : null,
                n % 11 == 0 ? "DENIED" : "GRANTED",
                n % 2 == 0 ? "count=" + n : null);
    }

    public static AuditRecorded anyRecorded(@Nullable String scopeNode) {
        return new AuditRecorded(
                UUID.randomUUID(),
                Instant.now(),
                "intake-service",
                "u-" + UUID.randomUUID().toString().substring(0, 8),
                List.of("WORK_STATION_STAFF"),
                "330281",
                AuditAction.ITEM_READ,
                "item",
                UUID.randomUUID().toString(),
                scopeNode,
                null,
                "GRANTED",
                null);
    }
}
