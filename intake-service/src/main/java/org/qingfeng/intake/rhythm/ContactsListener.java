package org.qingfeng.intake.rhythm;

import java.util.List;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.qingfeng.contracts.intake.ReportingContactsChanged;
import org.qingfeng.support.kafka.Polls;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Projects intake's private {@code intake.reporting-contacts.v1} into {@code reporting_contacts}, still sealed. */
@Component
class ContactsListener {

    private final SealedContactBook book;

    ContactsListener(SealedContactBook book) {
        this.book = book;
    }

    @KafkaListener(
            id = "intake-reporting-contacts",
            idIsGroup = false,
            topics = "#{T(org.qingfeng.contracts.Topics).REPORTING_CONTACTS.name()}")
    void on(List<ConsumerRecord<String, Object>> records) {
        Polls.process(records, ReportingContactsChanged.class, Function.identity(), book::save);
    }
}
