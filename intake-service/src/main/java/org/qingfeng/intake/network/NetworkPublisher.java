package org.qingfeng.intake.network;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.qingfeng.contracts.Topics;
import org.qingfeng.intake.network.rules.NetworkNode;
import org.qingfeng.intake.web.AcknowledgedSends;
import org.springframework.stereotype.Component;

/** Publishes nodes to the compacted {@code intake.network-changed.v1}, keyed by node code. */
@Component
class NetworkPublisher {

    private final AcknowledgedSends sends;
    private final Clock clock;

    NetworkPublisher(AcknowledgedSends sends, Clock clock) {
        this.sends = sends;
        this.clock = clock;
    }

    /** Returns once the broker acknowledged every node. */
    void publish(List<NetworkNode> nodes) {
        Instant now = clock.instant();
        List<ProducerRecord<String, Object>> records = nodes.stream()
                .map(node -> new ProducerRecord<String, Object>(
                        Topics.NETWORK_CHANGED.name(), node.code(), node.changed(UUID.randomUUID(), now)))
                .toList();
        sends.sendAll(records, "nodes");
    }
}
