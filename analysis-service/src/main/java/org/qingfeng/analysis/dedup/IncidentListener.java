package org.qingfeng.analysis.dedup;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jspecify.annotations.Nullable;
import org.qingfeng.analysis.store.Projected;
import org.qingfeng.contracts.intake.ItemMatched;
import org.qingfeng.support.kafka.Polls;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Projects {@code intake.item-matched.v1} into {@code item_matches}, one bulk write per poll, in the service's group. */
@Component
class IncidentListener {

    private static final Logger log = LoggerFactory.getLogger(IncidentListener.class);

    private final IncidentStore store;
    private final Counter projected;

    IncidentListener(IncidentStore store, MeterRegistry registry) {
        this.store = store;
        this.projected = Projected.counter(registry, "item_matches");
    }

    @KafkaListener(topics = "#{T(org.qingfeng.contracts.Topics).ITEM_MATCHED.name()}")
    void on(List<ConsumerRecord<String, @Nullable Object>> records) {
        Polls.process(records, ItemMatched.class, matches -> {
            projected.increment(store.save(matches));
            log.debug("Projected {} item matches", matches.size());
        });
    }
}
