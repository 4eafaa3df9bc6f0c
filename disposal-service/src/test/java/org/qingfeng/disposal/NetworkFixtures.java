package org.qingfeng.disposal;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.jspecify.annotations.Nullable;
import org.qingfeng.contracts.EventIds;
import org.qingfeng.contracts.intake.NetworkNodeChanged;
import org.qingfeng.contracts.intake.NodeKind;

/** Registry nodes as intake publishes them, under codes no other test uses. */
public final class NetworkFixtures {

    private NetworkFixtures() {}

    public static String anyCountyCode() {
        return "33-" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
    }

    public static NetworkNodeChanged node(String code, NodeKind kind, @Nullable String parentCode, boolean active) {
        return new NetworkNodeChanged(
                EventIds.derive("network-node-changed", code + "#" + active),
                Instant.parse("2026-11-01T00:00:00Z"),
                code,
                kind,
                kind + " " + code,
                parentCode,
                kind == NodeKind.DEPARTMENT ? parentCode + "-D01" : null,
                active,
                null,
                List.of(),
                null);
    }
}
