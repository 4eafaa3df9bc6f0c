package org.qingfeng.analysis.compliance;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jspecify.annotations.Nullable;
import org.qingfeng.analysis.compliance.rules.ComplianceFlag;
import org.qingfeng.analysis.store.Projected;
import org.qingfeng.contracts.intake.ReportingComplianceChanged;
import org.qingfeng.support.kafka.Polls;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Projects {@code intake.reporting-compliance.v1}, one bulk write per poll, in the service's consumer group. */
@Component
class ComplianceListener {

    private static final Logger log = LoggerFactory.getLogger(ComplianceListener.class);

    private final ComplianceStore store;
    private final Counter projected;

    ComplianceListener(ComplianceStore store, MeterRegistry registry) {
        this.store = store;
        this.projected = Projected.counter(registry, "reporting_compliance");
    }

    @KafkaListener(topics = "#{T(org.qingfeng.contracts.Topics).REPORTING_COMPLIANCE.name()}")
    void on(List<ConsumerRecord<String, @Nullable Object>> records) {
        Polls.process(records, ReportingComplianceChanged.class, ComplianceFlag::from, flags -> {
            projected.increment(store.save(flags));
            log.debug("Projected {} compliance flags", flags.size());
        });
    }
}
