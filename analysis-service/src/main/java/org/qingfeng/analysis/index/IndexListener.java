package org.qingfeng.analysis.index;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jspecify.annotations.Nullable;
import org.qingfeng.analysis.store.Projected;
import org.qingfeng.contracts.analysis.FindingPublished;
import org.qingfeng.contracts.analysis.ItemTriaged;
import org.qingfeng.contracts.disposal.CaseStepped;
import org.qingfeng.contracts.disposal.WarningIssued;
import org.qingfeng.contracts.intake.ItemSubmitted;
import org.qingfeng.contracts.intake.ReportingComplianceChanged;
import org.qingfeng.support.kafka.Polls;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Gathers the index's facts, one bulk write per poll per topic, in a consumer group of its own,
 * {@code analysis-service-index}: other projections read the same topics in theirs, and a group would
 * split a topic's partitions among them. Its own group also lets the index be rebuilt alone (drop
 * {@code index_facts}, {@code index_findings}, {@code index_reporting}, {@code index_cases}; reset the group).
 */
@Component
class IndexListener {

    private static final String GROUP = "${spring.application.name}-index";

    private final IndexFactStore store;
    private final Counter facts;
    private final Counter findings;
    private final Counter reports;
    private final Counter cases;

    IndexListener(IndexFactStore store, MeterRegistry registry) {
        this.store = store;
        this.facts = Projected.counter(registry, "index_facts");
        this.findings = Projected.counter(registry, "index_findings");
        this.reports = Projected.counter(registry, "index_reporting");
        this.cases = Projected.counter(registry, "index_cases");
    }

    @KafkaListener(groupId = GROUP, topics = "#{T(org.qingfeng.contracts.Topics).ITEM_SUBMITTED.name()}")
    void submitted(List<ConsumerRecord<String, @Nullable Object>> records) {
        Polls.process(records, ItemSubmitted.class, poll -> facts.increment(store.recordSubmitted(poll)));
    }

    @KafkaListener(groupId = GROUP, topics = "#{T(org.qingfeng.contracts.Topics).ITEM_TRIAGED.name()}")
    void triaged(List<ConsumerRecord<String, @Nullable Object>> records) {
        Polls.process(records, ItemTriaged.class, poll -> facts.increment(store.recordTriaged(poll)));
    }

    @KafkaListener(groupId = GROUP, topics = "#{T(org.qingfeng.contracts.Topics).WARNING_ISSUED.name()}")
    void warned(List<ConsumerRecord<String, @Nullable Object>> records) {
        Polls.process(records, WarningIssued.class, poll -> facts.increment(store.recordWarned(poll)));
    }

    /** Disposal's cases; old {@code WarningIssued} records stay history above, under their own ids. */
    @KafkaListener(groupId = GROUP, topics = "#{T(org.qingfeng.contracts.Topics).CASE_STEPS.name()}")
    void stepped(List<ConsumerRecord<String, @Nullable Object>> records) {
        Polls.process(records, CaseStepped.class, poll -> cases.increment(store.recordCases(poll)));
    }

    @KafkaListener(groupId = GROUP, topics = "#{T(org.qingfeng.contracts.Topics).FINDINGS.name()}")
    void published(List<ConsumerRecord<String, @Nullable Object>> records) {
        Polls.process(records, FindingPublished.class, poll -> findings.increment(store.recordFindings(poll)));
    }

    @KafkaListener(groupId = GROUP, topics = "#{T(org.qingfeng.contracts.Topics).REPORTING_COMPLIANCE.name()}")
    void reported(List<ConsumerRecord<String, @Nullable Object>> records) {
        Polls.process(records, ReportingComplianceChanged.class, poll -> reports.increment(store.recordReports(poll)));
    }
}
