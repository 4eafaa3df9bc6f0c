package org.qingfeng.intake.network;

import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.qingfeng.contracts.intake.NetworkNodeChanged;
import org.qingfeng.intake.network.rules.NetworkNode;
import org.qingfeng.support.kafka.Polls;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.ConsumerSeekAware;
import org.springframework.stereotype.Component;

/**
 * Projects {@code intake.network-changed.v1} to {@code network_nodes}, then into the in-memory view.
 *
 * <p>Every instance checks submissions against the whole network, so this listener is not in
 * intake's consumer group, which would share the partitions out among the instances: each instance
 * has a group of its own, so it is assigned every partition, and reads the compacted topic from its
 * beginning. Each instance writes every node to {@code network_nodes}; the write replaces the node
 * by its code, so the copies are harmless.
 */
@Component
class NetworkListener implements ConsumerSeekAware {

    private static final Logger log = LoggerFactory.getLogger(NetworkListener.class);

    private final NetworkNodeStore store;
    private final NetworkRegistry registry;

    NetworkListener(NetworkNodeStore store, NetworkRegistry registry) {
        this.store = store;
        this.registry = registry;
    }

    @KafkaListener(
            id = "intake-network",
            groupId = "${spring.application.name}-network-${random.uuid}",
            topics = "#{T(org.qingfeng.contracts.Topics).NETWORK_CHANGED.name()}")
    void on(List<ConsumerRecord<String, Object>> records) {
        Polls.process(records, NetworkNodeChanged.class, NetworkNode::from, this::project);
    }

    /** The whole compacted topic, whatever this instance's group may have committed. */
    @Override
    public void onPartitionsAssigned(Map<TopicPartition, Long> assignments, ConsumerSeekCallback callback) {
        callback.seekToBeginning(assignments.keySet());
    }

    private void project(List<NetworkNode> nodes) {
        store.save(nodes);
        registry.apply(nodes);
        log.debug("Projected {} network nodes", nodes.size());
    }
}
