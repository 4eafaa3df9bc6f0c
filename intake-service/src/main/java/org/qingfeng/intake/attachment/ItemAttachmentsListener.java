package org.qingfeng.intake.attachment;

import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.qingfeng.contracts.intake.SubmissionReceived;
import org.qingfeng.support.kafka.Polls;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Projects which files each item has, and where the item lies, into {@code item_attachments}. Its own
 * consumer group: the item projection reads the same topic in intake's group, and two listeners in
 * one group would share its partitions instead of each reading all of them.
 */
@Component
class ItemAttachmentsListener {

    static final String GROUP = "${spring.application.name}-item-attachments";

    private final AttachmentArchive archive;

    ItemAttachmentsListener(AttachmentArchive archive) {
        this.archive = archive;
    }

    @KafkaListener(
            id = "intake-item-attachments",
            groupId = GROUP,
            topics = "#{T(org.qingfeng.contracts.Topics).SUBMISSION_RECEIVED.name()}")
    void on(List<ConsumerRecord<String, Object>> records) {
        Polls.process(records, SubmissionReceived.class, archive::putItems);
    }
}
