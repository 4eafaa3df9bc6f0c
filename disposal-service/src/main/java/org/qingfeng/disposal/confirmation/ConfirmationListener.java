package org.qingfeng.disposal.confirmation;

import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jspecify.annotations.Nullable;
import org.qingfeng.contracts.intake.FollowUpRecorded;
import org.qingfeng.support.kafka.Polls;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Reads intake's follow-ups ({@code intake.item-follow-up.v1}) in a consumer group of its own, {@code
 * disposal-service-confirmations}, and hands the receipt holders' verdicts to {@link Confirmations}. The
 * offsets are committed after the poll's steps are acknowledged.
 */
@Component
class ConfirmationListener {

    private final Confirmations confirmations;

    ConfirmationListener(Confirmations confirmations) {
        this.confirmations = confirmations;
    }

    @KafkaListener(
            groupId = "${spring.application.name}-confirmations",
            topics = "#{T(org.qingfeng.contracts.Topics).FOLLOW_UP_RECORDED.name()}")
    void on(List<ConsumerRecord<String, @Nullable Object>> records) {
        Polls.process(records, FollowUpRecorded.class, poll -> poll.forEach(confirmations::record));
    }
}
