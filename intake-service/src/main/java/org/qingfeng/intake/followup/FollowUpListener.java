package org.qingfeng.intake.followup;

import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jspecify.annotations.Nullable;
import org.qingfeng.contracts.intake.FollowUpRecorded;
import org.qingfeng.support.kafka.Polls;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Projects {@code intake.item-follow-up.v1} into {@code follow_ups}: one bulk upsert per poll, the
 * offsets committed after it. Never logs a text.
 */
@Component
class FollowUpListener {

    private static final Logger log = LoggerFactory.getLogger(FollowUpListener.class);

    private final FollowUpStore store;

    FollowUpListener(FollowUpStore store) {
        this.store = store;
    }

    @KafkaListener(
            id = "intake-follow-ups",
            idIsGroup = false,
            topics = "#{T(org.qingfeng.contracts.Topics).FOLLOW_UP_RECORDED.name()}")
    void on(List<ConsumerRecord<String, @Nullable Object>> records) {
        Polls.process(records, FollowUpRecorded.class, recorded -> {
            store.record(recorded);
            log.debug("Projected {} follow-up steps", recorded.size());
        });
    }
}
