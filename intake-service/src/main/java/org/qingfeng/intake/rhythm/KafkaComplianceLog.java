package org.qingfeng.intake.rhythm;

import java.util.List;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.qingfeng.contracts.Topics;
import org.qingfeng.contracts.intake.ReportingComplianceChanged;
import org.qingfeng.intake.web.AcknowledgedSends;
import org.springframework.stereotype.Component;

/** Publishes compliance facts keyed {@code unitCode|period} and waits for the acknowledgements. */
@Component
class KafkaComplianceLog implements ComplianceLog {

    private final AcknowledgedSends sends;

    KafkaComplianceLog(AcknowledgedSends sends) {
        this.sends = sends;
    }

    @Override
    public void publish(List<ReportingComplianceChanged> facts) {
        List<ProducerRecord<String, Object>> records = facts.stream()
                .map(fact -> new ProducerRecord<String, Object>(Topics.REPORTING_COMPLIANCE.name(), fact.key(), fact))
                .toList();
        sends.sendAll(records, "compliance facts");
    }
}
