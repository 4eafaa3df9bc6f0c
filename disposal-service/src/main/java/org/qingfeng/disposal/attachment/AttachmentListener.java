package org.qingfeng.disposal.attachment;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jspecify.annotations.Nullable;
import org.qingfeng.contracts.disposal.CaseAttachmentChunk;
import org.qingfeng.disposal.store.Projected;
import org.qingfeng.support.kafka.Polls;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Projects {@code disposal.case-attachments.v1} into {@code case_attachments} and {@code case_files}, one
 * bulk write per poll, committed after it, in a consumer group of its own ({@code
 * disposal-service-attachments}) so the files can be rebuilt alone.
 */
@Component
class AttachmentListener {

    private final AttachmentStore store;
    private final Counter projected;

    AttachmentListener(AttachmentStore store, MeterRegistry registry) {
        this.store = store;
        this.projected = Projected.counter(registry, "case_attachments");
    }

    @KafkaListener(
            groupId = "${spring.application.name}-attachments",
            topics = "#{T(org.qingfeng.contracts.Topics).CASE_ATTACHMENTS.name()}")
    void on(List<ConsumerRecord<String, @Nullable Object>> records) {
        Polls.process(records, CaseAttachmentChunk.class, poll -> projected.increment(store.put(poll)));
    }
}
