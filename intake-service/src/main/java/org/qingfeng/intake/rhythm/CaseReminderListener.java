package org.qingfeng.intake.rhythm;

import java.util.List;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.qingfeng.contracts.disposal.ReminderRequested;
import org.qingfeng.support.kafka.Polls;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.stereotype.Component;

/**
 * Follows {@code disposal.reminders.v1} in its own consumer group and sends each reminder. Records
 * are taken one at a time, since each one sends messages: a record that fails is named by its own
 * index, so the error handler commits the ones before it, retries from it and dead-letters it, not
 * a neighbour whose messages went. What went is never sent again ({@link CaseReminders}).
 */
@Component
class CaseReminderListener {

    static final String GROUP = "${spring.application.name}-reminders";

    private final CaseReminders reminders;

    CaseReminderListener(CaseReminders reminders) {
        this.reminders = reminders;
    }

    @KafkaListener(
            id = "intake-case-reminders",
            groupId = GROUP,
            topics = "#{T(org.qingfeng.contracts.Topics).REMINDERS.name()}")
    void on(List<ConsumerRecord<String, Object>> records) {
        for (int index = 0; index < records.size(); index++) {
            try {
                Polls.process(
                        List.of(records.get(index)), ReminderRequested.class, Function.identity(), reminders::sendAll);
            } catch (BatchListenerFailedException e) {
                throw new BatchListenerFailedException(String.valueOf(e.getMessage()), e.getCause(), index);
            }
        }
    }
}
