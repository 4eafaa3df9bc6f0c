package org.qingfeng.disposal.warning;

import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.qingfeng.contracts.Topics;
import org.qingfeng.disposal.DisposalProperties;
import org.qingfeng.support.kafka.Acks;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

/** Publishes warnings as {@code WarningIssued}, keyed by warning id, and returns once the broker has them all. */
@Component
class WarningPublisher {

    private final KafkaTemplate<String, Object> kafka;
    private final Duration timeout;

    WarningPublisher(KafkaTemplate<String, Object> kafka, DisposalProperties properties) {
        this.kafka = kafka;
        this.timeout = properties.kafka().publishTimeout();
    }

    /** @throws Acks.AckFailed when the broker did not acknowledge them all in time: the poll is retried */
    void publish(List<Warning> warnings) {
        List<ProducerRecord<String, Object>> records = warnings.stream()
                .map(warning -> new ProducerRecord<String, Object>(
                        Topics.WARNING_ISSUED.name(), warning.warningId().toString(), warning.issued()))
                .toList();
        Acks.sendAll(kafka, records, timeout);
    }
}
