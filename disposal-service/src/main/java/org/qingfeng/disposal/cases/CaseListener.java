package org.qingfeng.disposal.cases;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jspecify.annotations.Nullable;
import org.qingfeng.contracts.disposal.CaseStepped;
import org.qingfeng.disposal.store.Projected;
import org.qingfeng.support.kafka.Polls;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Projects {@code disposal.case-steps.v1} into {@code cases} in a consumer group of its own
 * ({@code disposal-service-cases}), one bulk write per poll, committed after the write. The metrics
 * count what the projection applied, so a step published twice (a retried send, two sweepers) counts once.
 */
@Component
class CaseListener {

    private final CaseStore store;
    private final MeterRegistry registry;
    private final Counter stale;
    private final Counter written;

    CaseListener(CaseStore store, MeterRegistry registry) {
        this.store = store;
        this.registry = registry;
        this.stale = Counter.builder("disposal.cases.steps.stale")
                .description("Case steps not applied: duplicates, replays and the losers of races")
                .register(registry);
        this.written = Projected.counter(registry, "cases");
    }

    @KafkaListener(
            groupId = "${spring.application.name}-cases",
            topics = "#{T(org.qingfeng.contracts.Topics).CASE_STEPS.name()}")
    void on(List<ConsumerRecord<String, @Nullable Object>> records) {
        Polls.process(records, CaseStepped.class, this::apply);
    }

    private void apply(List<CaseStepped> steps) {
        List<CaseStepped> applied = store.apply(steps);
        stale.increment(steps.size() - applied.size());
        written.increment(applied.size());
        applied.forEach(this::count);
    }

    private void count(CaseStepped step) {
        switch (step.step()) {
            case OPENED ->
                Counter.builder("disposal.cases.opened")
                        .description("Cases opened, by ladder and first colour")
                        .tag("ladder", step.ladder())
                        .tag("colour", step.colour().name())
                        .register(registry)
                        .increment();
            case ESCALATED -> escalated("timeout");
            case REPLY_REJECTED -> escalated("rejected");
            default -> {}
        }
    }

    private void escalated(String reason) {
        Counter.builder("disposal.cases.escalated")
                .description("Cases moved up a rung (or kept on the top rung with a new deadline)")
                .tag("reason", reason)
                .register(registry)
                .increment();
    }
}
