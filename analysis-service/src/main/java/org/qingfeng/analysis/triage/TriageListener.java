package org.qingfeng.analysis.triage;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jspecify.annotations.Nullable;
import org.qingfeng.analysis.store.Projected;
import org.qingfeng.contracts.analysis.ItemTriaged;
import org.qingfeng.contracts.intake.ItemSubmitted;
import org.qingfeng.support.kafka.Polls;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Projects submitted items and decisions into {@code triage_items}. The ledger already reads
 * {@code intake.item-submitted.v1} in the service's consumer group, and a group hands each partition
 * to one member only: two listeners of that topic in one group would split the items between them.
 * This projection therefore reads in a group of its own, {@code analysis-service-triage}, which also
 * lets it be rebuilt alone (drop the collection, reset the group).
 */
@Component
class TriageListener {

    private static final String GROUP = "${spring.application.name}-triage";

    private final TriageItemStore items;
    private final Counter projected;

    TriageListener(TriageItemStore items, MeterRegistry registry) {
        this.items = items;
        this.projected = Projected.counter(registry, "triage_items");
    }

    @KafkaListener(groupId = GROUP, topics = "#{T(org.qingfeng.contracts.Topics).ITEM_SUBMITTED.name()}")
    void submitted(List<ConsumerRecord<String, @Nullable Object>> records) {
        Polls.process(records, ItemSubmitted.class, poll -> projected.increment(items.recordSubmitted(poll)));
    }

    @KafkaListener(groupId = GROUP, topics = "#{T(org.qingfeng.contracts.Topics).ITEM_TRIAGED.name()}")
    void triaged(List<ConsumerRecord<String, @Nullable Object>> records) {
        Polls.process(records, ItemTriaged.class, poll -> projected.increment(items.recordTriaged(poll)));
    }
}
