package org.qingfeng.intake.network;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.qingfeng.contracts.Topics;
import org.qingfeng.intake.IntakeProperties;
import org.qingfeng.intake.network.rules.NetworkNode;
import org.qingfeng.intake.web.ServiceUnavailable;
import org.qingfeng.support.kafka.Acks;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

/** Publishes nodes to the compacted {@code intake.network-changed.v1}, keyed by node code. */
@Component
class NetworkPublisher {

    private final KafkaTemplate<String, Object> kafka;
    private final Clock clock;
    private final Duration ackTimeout;

    NetworkPublisher(KafkaTemplate<String, Object> kafka, Clock clock, IntakeProperties properties) {
        this.kafka = kafka;
        this.clock = clock;
        this.ackTimeout = properties.ackTimeout();
    }

    /** Returns once the broker acknowledged every node. */
    void publish(List<NetworkNode> nodes) {
        Instant now = clock.instant();
        List<ProducerRecord<String, Object>> records = nodes.stream()
                .map(node -> new ProducerRecord<String, Object>(
                        Topics.NETWORK_CHANGED.name(), node.code(), node.changed(UUID.randomUUID(), now)))
                .toList();
        try {
            Acks.sendAll(kafka, records, ackTimeout);
        } catch (Acks.AckFailed e) {
            throw new ServiceUnavailable("the broker did not acknowledge the nodes", e);
        }
    }
}
