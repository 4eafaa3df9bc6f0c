package org.qingfeng.intake.network;

import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.qingfeng.contracts.intake.NetworkNodeChanged;
import org.qingfeng.intake.network.rules.NetworkNode;
import org.qingfeng.support.kafka.Polls;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Projects {@code intake.network-changed.v1} to {@code network_nodes}, then into the in-memory view. */
@Component
class NetworkListener {

    private static final Logger log = LoggerFactory.getLogger(NetworkListener.class);

    private final NetworkNodeStore store;
    private final NetworkRegistry registry;

    NetworkListener(NetworkNodeStore store, NetworkRegistry registry) {
        this.store = store;
        this.registry = registry;
    }

    @KafkaListener(
            id = "intake-network",
            idIsGroup = false,
            topics = "#{T(org.qingfeng.contracts.Topics).NETWORK_CHANGED.name()}")
    void on(List<ConsumerRecord<String, Object>> records) {
        Polls.process(records, NetworkNodeChanged.class, NetworkNode::from, this::project);
    }

    private void project(List<NetworkNode> nodes) {
        store.save(nodes);
        registry.apply(nodes);
        log.debug("Projected {} network nodes", nodes.size());
    }
}
