package org.qingfeng.intake.rhythm;

import java.util.List;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.qingfeng.contracts.intake.ComplianceState;
import org.qingfeng.contracts.intake.ReportingComplianceChanged;
import org.qingfeng.support.kafka.Polls;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Projects {@code intake.reporting-compliance.v1} into {@code reporting_compliance}, in intake's
 * consumer group. Whoever published a fact has usually written it already; the conditional writes
 * make the second write, and a replay, change nothing.
 *
 * <p>It also mends the topic. The checker of one instance can flag a window missing just as another
 * instance's report for it is acknowledged; the projection keeps the report, but on the compacted
 * topic the missing flag would be the last record of its key, and a service rebuilding from the
 * topic would see silence where a report was filed. So a missing flag that arrives over a filed
 * report makes the listener publish that report's fact again, identical, to be the key's last record.
 */
@Component
class ComplianceListener {

    private static final Logger log = LoggerFactory.getLogger(ComplianceListener.class);

    private final ComplianceRecords records;
    private final ComplianceLog topic;

    ComplianceListener(ComplianceRecords records, ComplianceLog topic) {
        this.records = records;
        this.topic = topic;
    }

    @KafkaListener(
            id = "intake-reporting-compliance",
            idIsGroup = false,
            topics = "#{T(org.qingfeng.contracts.Topics).REPORTING_COMPLIANCE.name()}")
    void on(List<ConsumerRecord<String, Object>> records) {
        Polls.process(records, ReportingComplianceChanged.class, Function.identity(), this::project);
    }

    private void project(List<ReportingComplianceChanged> facts) {
        records.apply(facts);
        List<String> flaggedMissing = facts.stream()
                .filter(fact -> fact.state() == ComplianceState.MISSING)
                .map(ReportingComplianceChanged::key)
                .toList();
        List<ReportingComplianceChanged> filed = records.filed(flaggedMissing);
        if (!filed.isEmpty()) {
            topic.publish(filed);
            log.info("Republished {} filed reports over missing flags that came after them", filed.size());
        }
    }
}
