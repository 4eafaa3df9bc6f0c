package org.qingfeng.audit.network;

import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.jspecify.annotations.Nullable;
import org.qingfeng.contracts.intake.NetworkNodeChanged;
import org.qingfeng.support.kafka.Polls;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.ConsumerSeekAware;
import org.springframework.stereotype.Component;

/**
 * Feeds the in-memory tree from intake's compacted registry topic. Its own group, {@code
 * audit-service-network}, and from the beginning at every assignment: the tree lives in memory
 * only, so every start reads the whole (compacted, small) registry again.
 */
@Component
class NetworkListener implements ConsumerSeekAware {

    private final NetworkTree tree;

    NetworkListener(NetworkTree tree) {
        this.tree = tree;
    }

    @KafkaListener(
            topics = "#{T(org.qingfeng.contracts.Topics).NETWORK_CHANGED.name()}",
            groupId = "audit-service-network")
    void on(List<ConsumerRecord<String, @Nullable Object>> records) {
        Polls.process(
                records,
                NetworkNodeChanged.class,
                nodes -> nodes.forEach(node -> tree.put(node.nodeCode(), node.parentCode())));
    }

    @Override
    public void onPartitionsAssigned(Map<TopicPartition, Long> assignments, ConsumerSeekCallback callback) {
        callback.seekToBeginning(assignments.keySet());
    }
}
