package org.qingfeng.analysis.network;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.qingfeng.analysis.network.rules.NetworkNode;
import org.qingfeng.analysis.network.rules.NetworkSummary;
import org.qingfeng.analysis.network.rules.RosterEntry;
import org.qingfeng.contracts.intake.InformantStatus;
import org.qingfeng.contracts.intake.NodeKind;
import org.qingfeng.support.security.Actor;
import org.qingfeng.support.security.Scopes;
import org.springframework.stereotype.Component;

/** The projected registry and roster, for the other features of analysis and the summary. */
@Component
public class NetworkDirectory {

    private final NetworkNodeStore nodes;
    private final InformantStore informants;
    private final Scopes scopes;

    NetworkDirectory(NetworkNodeStore nodes, InformantStore informants, Scopes scopes) {
        this.nodes = nodes;
        this.informants = informants;
        this.scopes = scopes;
    }

    public List<NetworkNode> nodes() {
        return nodes.all();
    }

    public List<RosterEntry> informants() {
        return informants.all();
    }

    /** The active nodes and the informants of the caller's subtree only, counted. */
    NetworkSummary summary(Actor actor) {
        Map<NodeKind, Long> byKind = new EnumMap<>(NodeKind.class);
        scopes.visible(actor, nodes.all(), NetworkNode::code).stream()
                .filter(NetworkNode::active)
                .forEach(node -> byKind.merge(node.kind(), 1L, Long::sum));
        Map<InformantStatus, Long> byStatus = new EnumMap<>(InformantStatus.class);
        scopes.visible(actor, informants.all(), RosterEntry::homeNodeCode)
                .forEach(entry -> byStatus.merge(entry.status(), 1L, Long::sum));
        return NetworkSummary.of(byKind, byStatus);
    }
}
