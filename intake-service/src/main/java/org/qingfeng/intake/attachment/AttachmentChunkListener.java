package org.qingfeng.intake.attachment;

import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.qingfeng.contracts.intake.AttachmentChunk;
import org.qingfeng.support.kafka.Polls;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Projects the sealed chunks into {@code attachment_chunks}, one bulk write per poll, committed after it. */
@Component
class AttachmentChunkListener {

    private final AttachmentArchive archive;

    AttachmentChunkListener(AttachmentArchive archive) {
        this.archive = archive;
    }

    @KafkaListener(
            id = "intake-attachments",
            idIsGroup = false,
            topics = "#{T(org.qingfeng.contracts.Topics).ATTACHMENT_CHUNKS.name()}")
    void on(List<ConsumerRecord<String, Object>> records) {
        Polls.process(records, AttachmentChunk.class, archive::putChunks);
    }
}
