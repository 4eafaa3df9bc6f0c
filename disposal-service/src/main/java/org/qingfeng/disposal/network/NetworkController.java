package org.qingfeng.disposal.network;

import java.util.EnumMap;
import java.util.Map;
import org.qingfeng.contracts.intake.NodeKind;
import org.qingfeng.disposal.network.rules.NetworkNode;
import org.qingfeng.disposal.network.rules.NetworkSummary;
import org.qingfeng.support.security.Actors;
import org.qingfeng.support.security.Scopes;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The network in figures, as disposal has it projected: the active nodes of the caller's subtree. */
@RestController
class NetworkController {

    private final NetworkNodeStore nodes;
    private final Scopes scopes;

    NetworkController(NetworkNodeStore nodes, Scopes scopes) {
        this.nodes = nodes;
        this.scopes = scopes;
    }

    @GetMapping("/api/disposal/network")
    @PreAuthorize("hasAnyRole('WORK_STATION_STAFF','TOWNSHIP_STAFF','MONITORING_STAFF')")
    NetworkSummary network() {
        Map<NodeKind, Long> byKind = new EnumMap<>(NodeKind.class);
        scopes.visible(Actors.current(), nodes.all(), NetworkNode::code).stream()
                .filter(NetworkNode::active)
                .forEach(node -> byKind.merge(node.kind(), 1L, Long::sum));
        return NetworkSummary.of(byKind);
    }
}
