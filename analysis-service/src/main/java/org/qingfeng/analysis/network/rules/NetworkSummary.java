package org.qingfeng.analysis.network.rules;

import java.util.EnumMap;
import java.util.Map;
import org.qingfeng.contracts.intake.InformantStatus;
import org.qingfeng.contracts.intake.NodeKind;

/**
 * The network in figures: active nodes per kind and informants per status, every kind and status
 * present so a chart needs no guessing.
 */
public record NetworkSummary(
        long nodes, Map<NodeKind, Long> byKind, long informants, Map<InformantStatus, Long> byStatus) {

    public static NetworkSummary of(Map<NodeKind, Long> nodesByKind, Map<InformantStatus, Long> informantsByStatus) {
        Map<NodeKind, Long> byKind = new EnumMap<>(NodeKind.class);
        for (NodeKind kind : NodeKind.values()) {
            byKind.put(kind, nodesByKind.getOrDefault(kind, 0L));
        }
        Map<InformantStatus, Long> byStatus = new EnumMap<>(InformantStatus.class);
        for (InformantStatus status : InformantStatus.values()) {
            byStatus.put(status, informantsByStatus.getOrDefault(status, 0L));
        }
        return new NetworkSummary(
                byKind.values().stream().mapToLong(Long::longValue).sum(),
                byKind,
                byStatus.values().stream().mapToLong(Long::longValue).sum(),
                byStatus);
    }
}
