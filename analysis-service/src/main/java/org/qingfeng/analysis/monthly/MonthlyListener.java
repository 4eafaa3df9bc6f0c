package org.qingfeng.analysis.monthly;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.ZoneId;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jspecify.annotations.Nullable;
import org.qingfeng.analysis.AnalysisProperties;
import org.qingfeng.analysis.store.Projected;
import org.qingfeng.contracts.analysis.FindingPublished;
import org.qingfeng.support.kafka.Polls;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the monthly aggregates and the published findings, in the group {@code
 * analysis-service-monthly} (the ledger, triage and assessment read the same item topics in groups
 * of their own).
 *
 * <p>Both item topics are read by ONE listener: they are keyed by item id with the same number of
 * partitions, and the default range assignor gives partition p of both to the same member, so one
 * thread at a time writes any one item's document, in the order the poll holds its facts.
 */
@Component
class MonthlyListener {

    private static final String GROUP = "${spring.application.name}-monthly";

    private final MonthlyStore aggregates;
    private final PublishedFindingStore published;
    private final ZoneId zone;
    private final Counter cellsWritten;
    private final Counter findingsWritten;

    MonthlyListener(
            MonthlyStore aggregates,
            PublishedFindingStore published,
            AnalysisProperties properties,
            MeterRegistry registry) {
        this.aggregates = aggregates;
        this.published = published;
        this.zone = properties.zone();
        this.cellsWritten = Projected.counter(registry, "monthly_cells");
        this.findingsWritten = Projected.counter(registry, "published_findings");
    }

    @KafkaListener(
            groupId = GROUP,
            topics = {
                "#{T(org.qingfeng.contracts.Topics).ITEM_SUBMITTED.name()}",
                "#{T(org.qingfeng.contracts.Topics).ITEM_TRIAGED.name()}"
            })
    void items(List<ConsumerRecord<String, @Nullable Object>> records) {
        Polls.process(
                records,
                Object.class,
                event -> ItemFact.of(event, zone),
                facts -> cellsWritten.increment(aggregates.apply(facts)));
    }

    @KafkaListener(groupId = GROUP, topics = "#{T(org.qingfeng.contracts.Topics).FINDINGS.name()}")
    void findings(List<ConsumerRecord<String, @Nullable Object>> records) {
        Polls.process(records, FindingPublished.class, events -> findingsWritten.increment(published.save(events)));
    }
}
