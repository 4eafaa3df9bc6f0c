package org.qingfeng.analysis.period;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jspecify.annotations.Nullable;
import org.qingfeng.analysis.store.Projected;
import org.qingfeng.contracts.analysis.PeriodClosed;
import org.qingfeng.support.kafka.Polls;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Projects {@code analysis.period-closes.v1} into {@code period_versions} and {@code period_states}, in
 * a group of its own ({@code analysis-service-period}): the quarterly report and others may read the same
 * topic, and a group of its own lets the projection be rebuilt alone (drop both collections, reset the
 * group).
 */
@Component
class PeriodListener {

    private final PeriodStore store;
    private final Counter projected;

    PeriodListener(PeriodStore store, MeterRegistry registry) {
        this.store = store;
        this.projected = Projected.counter(registry, "period_versions");
    }

    @KafkaListener(
            groupId = "${spring.application.name}-period",
            topics = "#{T(org.qingfeng.contracts.Topics).PERIOD_CLOSED.name()}")
    void on(List<ConsumerRecord<String, @Nullable Object>> records) {
        Polls.process(records, PeriodClosed.class, poll -> projected.increment(store.record(poll)));
    }
}
