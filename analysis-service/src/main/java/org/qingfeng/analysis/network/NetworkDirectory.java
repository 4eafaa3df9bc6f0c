package org.qingfeng.analysis.network;

import java.util.List;
import org.qingfeng.analysis.network.rules.NetworkNode;
import org.qingfeng.analysis.network.rules.NetworkSummary;
import org.qingfeng.analysis.network.rules.RosterEntry;
import org.springframework.stereotype.Component;

/** The projected registry and roster, for the other features of analysis and the summary. */
@Component
public class NetworkDirectory {

    private final NetworkNodeStore nodes;
    private final InformantStore informants;

    NetworkDirectory(NetworkNodeStore nodes, InformantStore informants) {
        this.nodes = nodes;
        this.informants = informants;
    }

    public List<NetworkNode> nodes() {
        return nodes.all();
    }

    public List<RosterEntry> informants() {
        return informants.all();
    }

    NetworkSummary summary() {
        return NetworkSummary.of(nodes.activeByKind(), informants.byStatus());
    }
}
