package org.qingfeng.analysis.assessment;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jspecify.annotations.Nullable;
import org.qingfeng.analysis.store.Projected;
import org.qingfeng.contracts.analysis.ItemTriaged;
import org.qingfeng.contracts.disposal.CaseStepped;
import org.qingfeng.contracts.disposal.WarningIssued;
import org.qingfeng.contracts.intake.ItemSubmitted;
import org.qingfeng.support.kafka.Polls;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Gathers the facts of informants' items into {@code assessment_items}, one bulk write per poll per
 * topic. It reads in a consumer group of its own, {@code analysis-service-assessment}: the ledger and
 * the triage projection read the same topics in theirs, and a group would split a topic's partitions
 * among them. A group of its own also lets the projection be rebuilt alone when the method changes.
 */
@Component
class AssessmentListener {

    private static final String GROUP = "${spring.application.name}-assessment";

    private final AssessmentItemStore items;
    private final Counter projected;

    AssessmentListener(AssessmentItemStore items, MeterRegistry registry) {
        this.items = items;
        this.projected = Projected.counter(registry, "assessment_items");
    }

    @KafkaListener(groupId = GROUP, topics = "#{T(org.qingfeng.contracts.Topics).ITEM_SUBMITTED.name()}")
    void submitted(List<ConsumerRecord<String, @Nullable Object>> records) {
        Polls.process(records, ItemSubmitted.class, poll -> projected.increment(items.recordSubmitted(poll)));
    }

    @KafkaListener(groupId = GROUP, topics = "#{T(org.qingfeng.contracts.Topics).ITEM_TRIAGED.name()}")
    void triaged(List<ConsumerRecord<String, @Nullable Object>> records) {
        Polls.process(records, ItemTriaged.class, poll -> projected.increment(items.recordTriaged(poll)));
    }

    @KafkaListener(groupId = GROUP, topics = "#{T(org.qingfeng.contracts.Topics).CASE_STEPS.name()}")
    void stepped(List<ConsumerRecord<String, @Nullable Object>> records) {
        Polls.process(records, CaseStepped.class, poll -> projected.increment(items.recordCases(poll)));
    }

    @KafkaListener(groupId = GROUP, topics = "#{T(org.qingfeng.contracts.Topics).WARNING_ISSUED.name()}")
    void warned(List<ConsumerRecord<String, @Nullable Object>> records) {
        Polls.process(records, WarningIssued.class, poll -> projected.increment(items.recordWarned(poll)));
    }
}
