package org.qingfeng.disposal.network.rules;

import java.util.EnumMap;
import java.util.Map;
import org.qingfeng.contracts.intake.NodeKind;

/** The network in figures: active nodes per kind, every kind present. */
public record NetworkSummary(long nodes, Map<NodeKind, Long> byKind) {

    public static NetworkSummary of(Map<NodeKind, Long> nodesByKind) {
        Map<NodeKind, Long> byKind = new EnumMap<>(NodeKind.class);
        for (NodeKind kind : NodeKind.values()) {
            byKind.put(kind, nodesByKind.getOrDefault(kind, 0L));
        }
        return new NetworkSummary(
                byKind.values().stream().mapToLong(Long::longValue).sum(), byKind);
    }
}
