package org.qingfeng.intake.item;

import java.util.List;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.qingfeng.contracts.disposal.WarningIssued;
import org.qingfeng.support.kafka.Polls;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Follows {@code disposal.warning-issued.v1}: the item's status becomes WARNING_ISSUED with the warning's summary. */
@Component
class WarningListener {

    private final ItemStore items;

    WarningListener(ItemStore items) {
        this.items = items;
    }

    @KafkaListener(
            id = "intake-warnings",
            idIsGroup = false,
            topics = "#{T(org.qingfeng.contracts.Topics).WARNING_ISSUED.name()}")
    void on(List<ConsumerRecord<String, Object>> records) {
        Polls.process(records, WarningIssued.class, Function.identity(), items::recordWarnings);
    }
}
