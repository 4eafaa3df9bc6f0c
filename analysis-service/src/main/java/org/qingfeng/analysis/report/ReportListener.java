package org.qingfeng.analysis.report;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jspecify.annotations.Nullable;
import org.qingfeng.analysis.store.Projected;
import org.qingfeng.contracts.analysis.FindingPublished;
import org.qingfeng.contracts.analysis.ReportDraftEdited;
import org.qingfeng.support.kafka.Polls;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Projects published findings into {@code report_findings} and draft revisions into {@code
 * report_drafts}, in a consumer group of its own ({@code analysis-service-report}): the monthly
 * analysis reads the findings too, and one group would split the topic's partitions between them.
 */
@Component
class ReportListener {

    private static final String GROUP = "${spring.application.name}-report";

    private final ReportStore store;
    private final Counter findings;
    private final Counter drafts;

    ReportListener(ReportStore store, MeterRegistry registry) {
        this.store = store;
        this.findings = Projected.counter(registry, "report_findings");
        this.drafts = Projected.counter(registry, "report_drafts");
    }

    @KafkaListener(groupId = GROUP, topics = "#{T(org.qingfeng.contracts.Topics).FINDINGS.name()}")
    void published(List<ConsumerRecord<String, @Nullable Object>> records) {
        Polls.process(records, FindingPublished.class, poll -> findings.increment(store.recordFindings(poll)));
    }

    @KafkaListener(groupId = GROUP, topics = "#{T(org.qingfeng.contracts.Topics).REPORT_DRAFTS.name()}")
    void edited(List<ConsumerRecord<String, @Nullable Object>> records) {
        Polls.process(records, ReportDraftEdited.class, poll -> drafts.increment(store.recordDrafts(poll)));
    }
}
