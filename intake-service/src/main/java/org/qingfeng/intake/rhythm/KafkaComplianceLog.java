package org.qingfeng.intake.rhythm;

import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.qingfeng.contracts.Topics;
import org.qingfeng.contracts.intake.ReportingComplianceChanged;
import org.qingfeng.intake.IntakeProperties;
import org.qingfeng.intake.web.ServiceUnavailable;
import org.qingfeng.support.kafka.Acks;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

/** Publishes compliance facts keyed {@code unitCode|period} and waits for the acknowledgements. */
@Component
class KafkaComplianceLog implements ComplianceLog {

    private final KafkaTemplate<String, Object> kafka;
    private final Duration ackTimeout;

    KafkaComplianceLog(KafkaTemplate<String, Object> kafka, IntakeProperties properties) {
        this.kafka = kafka;
        this.ackTimeout = properties.ackTimeout();
    }

    @Override
    public void publish(List<ReportingComplianceChanged> facts) {
        List<ProducerRecord<String, Object>> records = facts.stream()
                .map(fact -> new ProducerRecord<String, Object>(Topics.REPORTING_COMPLIANCE.name(), fact.key(), fact))
                .toList();
        try {
            Acks.sendAll(kafka, records, ackTimeout);
        } catch (Acks.AckFailed e) {
            throw new ServiceUnavailable("the broker did not acknowledge the compliance facts", e);
        }
    }
}
