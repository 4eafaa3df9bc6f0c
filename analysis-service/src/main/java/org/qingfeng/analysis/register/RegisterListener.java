package org.qingfeng.analysis.register;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.ZoneId;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jspecify.annotations.Nullable;
import org.qingfeng.analysis.AnalysisProperties;
import org.qingfeng.analysis.store.Projected;
import org.qingfeng.contracts.analysis.ItemTriaged;
import org.qingfeng.contracts.analysis.RiskPointRecorded;
import org.qingfeng.contracts.intake.ItemSubmitted;
import org.qingfeng.support.kafka.Polls;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Projects the register's points and the items' tags. The item topics are read by other projections
 * too, so this reads in a group of its own, {@code analysis-service-register}, which also lets the
 * register be rebuilt alone (drop its collections, reset the group).
 */
@Component
class RegisterListener {

    private static final String GROUP = "${spring.application.name}-register";

    private final RiskPointStore points;
    private final RegisterItemStore items;
    private final ProjectedRiskLevels levels;
    private final ZoneId zone;
    private final Counter pointsWritten;
    private final Counter itemsWritten;

    RegisterListener(
            RiskPointStore points,
            RegisterItemStore items,
            ProjectedRiskLevels levels,
            AnalysisProperties properties,
            MeterRegistry registry) {
        this.points = points;
        this.items = items;
        this.levels = levels;
        this.zone = properties.zone();
        this.pointsWritten = Projected.counter(registry, "risk_points");
        this.itemsWritten = Projected.counter(registry, "register_items");
    }

    @KafkaListener(groupId = GROUP, topics = "#{T(org.qingfeng.contracts.Topics).RISK_POINTS.name()}")
    void recorded(List<ConsumerRecord<String, @Nullable Object>> records) {
        Polls.process(records, RiskPointRecorded.class, poll -> {
            pointsWritten.increment(points.record(poll));
            levels.changed();
        });
    }

    @KafkaListener(groupId = GROUP, topics = "#{T(org.qingfeng.contracts.Topics).ITEM_SUBMITTED.name()}")
    void submitted(List<ConsumerRecord<String, @Nullable Object>> records) {
        Polls.process(records, ItemSubmitted.class, poll -> itemsWritten.increment(items.recordSubmitted(poll, zone)));
    }

    @KafkaListener(groupId = GROUP, topics = "#{T(org.qingfeng.contracts.Topics).ITEM_TRIAGED.name()}")
    void triaged(List<ConsumerRecord<String, @Nullable Object>> records) {
        Polls.process(records, ItemTriaged.class, poll -> itemsWritten.increment(items.recordTriaged(poll)));
    }
}
