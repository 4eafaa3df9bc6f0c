package org.qingfeng.intake.rhythm;

import java.util.List;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.qingfeng.contracts.intake.ReportingComplianceChanged;
import org.qingfeng.support.kafka.Polls;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Projects {@code intake.reporting-compliance.v1} into {@code reporting_compliance}, in intake's
 * consumer group. Whoever published a fact has usually written it already; the conditional writes
 * make the second write, and a replay, change nothing.
 */
@Component
class ComplianceListener {

    private final ComplianceRecords records;

    ComplianceListener(ComplianceRecords records) {
        this.records = records;
    }

    @KafkaListener(
            id = "intake-reporting-compliance",
            idIsGroup = false,
            topics = "#{T(org.qingfeng.contracts.Topics).REPORTING_COMPLIANCE.name()}")
    void on(List<ConsumerRecord<String, Object>> records) {
        Polls.process(records, ReportingComplianceChanged.class, Function.identity(), this.records::apply);
    }
}
