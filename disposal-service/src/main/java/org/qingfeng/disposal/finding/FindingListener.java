package org.qingfeng.disposal.finding;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jspecify.annotations.Nullable;
import org.qingfeng.contracts.analysis.FindingPublished;
import org.qingfeng.disposal.store.Projected;
import org.qingfeng.support.kafka.Polls;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Projects {@code analysis.findings.v1} into {@code findings}, one bulk write per poll, in a consumer
 * group of its own ({@code disposal-service-findings}) so that the projection can be rebuilt alone
 * (drop the collection, reset the group) without replaying the items and their warnings.
 */
@Component
class FindingListener {

    private final FindingStore findings;
    private final Counter projected;

    FindingListener(FindingStore findings, MeterRegistry registry) {
        this.findings = findings;
        this.projected = Projected.counter(registry, "findings");
    }

    @KafkaListener(
            groupId = "${spring.application.name}-findings",
            topics = "#{T(org.qingfeng.contracts.Topics).FINDINGS.name()}")
    void on(List<ConsumerRecord<String, @Nullable Object>> records) {
        Polls.process(records, FindingPublished.class, poll -> projected.increment(findings.save(poll)));
    }
}
