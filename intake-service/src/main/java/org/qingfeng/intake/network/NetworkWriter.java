package org.qingfeng.intake.network;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.qingfeng.intake.network.rules.KnownNames;
import org.qingfeng.intake.network.rules.NetworkBatch;
import org.qingfeng.intake.network.rules.NetworkNode;
import org.qingfeng.intake.network.rules.NetworkView;
import org.qingfeng.intake.network.rules.NodeDraft;
import org.springframework.stereotype.Component;

/**
 * Changes the registry: checks nodes, publishes them and applies them to this instance's view once
 * the broker holds them, so they are usable here as soon as the caller answers.
 */
@Component
public class NetworkWriter {

    private final NetworkRegistry registry;
    private final NetworkPublisher publisher;
    private final NetworkProperties properties;

    NetworkWriter(NetworkRegistry registry, NetworkPublisher publisher, NetworkProperties properties) {
        this.registry = registry;
        this.publisher = publisher;
        this.properties = properties;
    }

    /** The drafts as nodes, checked against {@code base}, or {@code RulesViolated}. Publishes nothing. */
    public List<NetworkNode> check(List<@Nullable NodeDraft> drafts, NetworkView base, KnownNames names) {
        return NetworkBatch.check(drafts, base, names, properties.monitoringHostRequired());
    }

    /** Publishes the nodes, waits for the broker, then applies them to the view. */
    public void publish(List<NetworkNode> nodes) {
        if (nodes.isEmpty()) {
            return;
        }
        publisher.publish(nodes);
        registry.apply(nodes);
    }
}
