package org.qingfeng.disposal.network;

import org.qingfeng.disposal.network.rules.NetworkSummary;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The network in figures, as disposal has it projected. */
@RestController
class NetworkController {

    private final NetworkNodeStore nodes;

    NetworkController(NetworkNodeStore nodes) {
        this.nodes = nodes;
    }

    @GetMapping("/api/disposal/network")
    NetworkSummary network() {
        return NetworkSummary.of(nodes.activeByKind());
    }
}
