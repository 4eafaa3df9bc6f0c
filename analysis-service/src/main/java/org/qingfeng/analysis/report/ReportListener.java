package org.qingfeng.analysis.report;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jspecify.annotations.Nullable;
import org.qingfeng.analysis.store.Projected;
import org.qingfeng.contracts.analysis.FindingPublished;
import org.qingfeng.contracts.analysis.ReportDraftEdited;
import org.qingfeng.contracts.disposal.CaseStepped;
import org.qingfeng.support.kafka.Polls;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Projects published findings into {@code report_findings}, draft revisions into {@code
 * report_drafts} and disposal's case steps into {@code report_cases}, in a consumer group of its own ({@code analysis-service-report}): the monthly
 * analysis reads the findings too (the index the case steps), and one group would split the topic's partitions between them.
 */
@Component
class ReportListener {

    private static final String GROUP = "${spring.application.name}-report";

    private final ReportStore store;
    private final Counter findings;
    private final Counter drafts;
    private final Counter cases;

    ReportListener(ReportStore store, MeterRegistry registry) {
        this.store = store;
        this.findings = Projected.counter(registry, "report_findings");
        this.drafts = Projected.counter(registry, "report_drafts");
        this.cases = Projected.counter(registry, "report_cases");
    }

    @KafkaListener(groupId = GROUP, topics = "#{T(org.qingfeng.contracts.Topics).FINDINGS.name()}")
    void published(List<ConsumerRecord<String, @Nullable Object>> records) {
        Polls.process(records, FindingPublished.class, poll -> findings.increment(store.recordFindings(poll)));
    }

    @KafkaListener(groupId = GROUP, topics = "#{T(org.qingfeng.contracts.Topics).CASE_STEPS.name()}")
    void stepped(List<ConsumerRecord<String, @Nullable Object>> records) {
        Polls.process(records, CaseStepped.class, poll -> cases.increment(store.recordCases(poll)));
    }

    @KafkaListener(groupId = GROUP, topics = "#{T(org.qingfeng.contracts.Topics).REPORT_DRAFTS.name()}")
    void edited(List<ConsumerRecord<String, @Nullable Object>> records) {
        Polls.process(records, ReportDraftEdited.class, poll -> drafts.increment(store.recordDrafts(poll)));
    }
}
