package org.qingfeng.intake.network;

import jakarta.annotation.PostConstruct;
import java.util.Collection;
import java.util.List;
import org.qingfeng.intake.network.rules.NetworkNode;
import org.qingfeng.intake.network.rules.NetworkView;
import org.qingfeng.support.security.NodeAncestry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The in-memory network view: an immutable snapshot swapped whole, so a reader never sees half a
 * change. Loaded from {@code network_nodes} before the listeners start, then kept current by them.
 * It is also the service's {@link NodeAncestry}: scope checks walk the same snapshot, in memory, so
 * a list filtered per record costs a few map look-ups per record and sees every registry change.
 */
@Component
class NetworkRegistry implements CurrentNetwork, NodeAncestry {

    private static final Logger log = LoggerFactory.getLogger(NetworkRegistry.class);

    private final NetworkNodeStore store;
    private volatile NetworkView view = NetworkView.empty();

    NetworkRegistry(NetworkNodeStore store) {
        this.store = store;
    }

    @PostConstruct
    void load() {
        view = NetworkView.of(store.all());
        log.info("Network view loaded with {} nodes", view.size());
    }

    @Override
    public NetworkView view() {
        return view;
    }

    @Override
    public List<String> lineage(String nodeCode) {
        return view.lineage(nodeCode);
    }

    synchronized void apply(Collection<NetworkNode> changed) {
        view = view.with(changed);
    }
}
