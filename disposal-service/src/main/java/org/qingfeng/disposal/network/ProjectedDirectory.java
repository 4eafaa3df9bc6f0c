package org.qingfeng.disposal.network;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.qingfeng.contracts.intake.NodeKind;
import org.qingfeng.disposal.DisposalProperties;
import org.qingfeng.disposal.network.rules.NetworkNode;
import org.springframework.stereotype.Component;

/** {@link NodeDirectory} over {@code network_nodes}, read again when older than {@code disposal.network-refresh}. */
@Component
class ProjectedDirectory implements NodeDirectory {

    private final NetworkNodeStore store;
    private final Duration maxAge;
    private final Clock clock = Clock.systemUTC();
    private volatile Snapshot snapshot = new Snapshot(Map.of(), Instant.MIN);

    ProjectedDirectory(NetworkNodeStore store, DisposalProperties properties) {
        this.store = store;
        this.maxAge = properties.networkRefresh();
    }

    @Override
    public Optional<NetworkNode> node(String code) {
        return Optional.ofNullable(nodes().get(code));
    }

    @Override
    public Optional<NetworkNode> stationOf(String code) {
        Map<String, NetworkNode> nodes = nodes();
        @Nullable NetworkNode node = nodes.get(code);
        @Nullable NetworkNode last = null;
        int hops = 0;
        while (node != null && hops++ < 64) {
            if (node.kind() == NodeKind.WORK_STATION) {
                return Optional.of(node);
            }
            last = node;
            node = node.parentCode() == null ? null : nodes.get(node.parentCode());
        }
        return Optional.ofNullable(last);
    }

    /** Drops the copy, so the next read sees a change this instance just projected. */
    void changed() {
        snapshot = new Snapshot(Map.of(), Instant.MIN);
    }

    private Map<String, NetworkNode> nodes() {
        Snapshot current = snapshot;
        Instant now = clock.instant();
        if (current.readAt().plus(maxAge).isAfter(now)) {
            return current.nodes();
        }
        Map<String, NetworkNode> read = new HashMap<>();
        store.all().forEach(n -> read.put(n.code(), n));
        snapshot = new Snapshot(Map.copyOf(read), now);
        return read;
    }

    private record Snapshot(Map<String, NetworkNode> nodes, Instant readAt) {}
}
