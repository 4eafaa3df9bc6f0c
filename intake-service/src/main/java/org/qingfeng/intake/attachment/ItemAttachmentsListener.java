package org.qingfeng.intake.attachment;

import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.qingfeng.contracts.intake.SubmissionReceived;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Projects which files each item has, and where the item lies, into {@code item_attachments}, one
 * bulk write per poll, committed after it. Its own consumer group: the item projection reads the
 * same topic in intake's group, and two listeners in one group would share its partitions instead
 * of each reading all of them.
 *
 * <p>An unreadable record is passed over here rather than sent to the dead-letter topic: the item
 * projection sends it there already, and a second copy from this group would only confuse whoever
 * replays the dead letters.
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
        List<SubmissionReceived> readable = new ArrayList<>(records.size());
        for (ConsumerRecord<String, Object> record : records) {
            if (record.value() instanceof SubmissionReceived received) {
                readable.add(received);
            }
        }
        if (!readable.isEmpty()) {
            archive.putItems(readable);
        }
    }
}
