package org.qingfeng.analysis.followup;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jspecify.annotations.Nullable;
import org.qingfeng.analysis.followup.rules.ItemConfirmation;
import org.qingfeng.analysis.store.Projected;
import org.qingfeng.contracts.intake.FollowUpRecorded;
import org.qingfeng.support.kafka.Polls;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Projects the verdicts of {@code intake.item-follow-up.v1} (questions and answers pass by unread),
 * one bulk write per poll with the poll's standing verdict per item, in the service's consumer group.
 */
@Component
class ConfirmationListener {

    private static final Logger log = LoggerFactory.getLogger(ConfirmationListener.class);

    private final ConfirmationStore store;
    private final Counter projected;

    ConfirmationListener(ConfirmationStore store, MeterRegistry registry) {
        this.store = store;
        this.projected = Projected.counter(registry, "item_confirmations");
    }

    @KafkaListener(topics = "#{T(org.qingfeng.contracts.Topics).FOLLOW_UP_RECORDED.name()}")
    void on(List<ConsumerRecord<String, @Nullable Object>> records) {
        Polls.process(records, FollowUpRecorded.class, ItemConfirmation::from, verdicts -> {
            Map<UUID, ItemConfirmation> standing = new LinkedHashMap<>();
            verdicts.stream()
                    .flatMap(Optional::stream)
                    .forEach(v -> standing.merge(v.itemId(), v, (a, b) -> b.supersedes(a) ? b : a));
            if (!standing.isEmpty()) {
                projected.increment(store.save(standing.values()));
            }
            log.debug("Projected {} confirmations from {} follow-up steps", standing.size(), verdicts.size());
        });
    }
}
