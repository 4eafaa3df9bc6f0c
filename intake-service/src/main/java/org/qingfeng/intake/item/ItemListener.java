package org.qingfeng.intake.item;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.qingfeng.contracts.Topics;
import org.qingfeng.contracts.intake.ItemSubmitted;
import org.qingfeng.contracts.intake.SubmissionReceived;
import org.qingfeng.intake.IntakeProperties;
import org.qingfeng.intake.item.rules.ItemFacts;
import org.qingfeng.support.kafka.Acks;
import org.qingfeng.support.kafka.Polls;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

/**
 * Turns intake's own record into the public fact, per poll: register the items, publish
 * {@code ItemSubmitted} for those not published yet and wait for the acknowledgements, mark them
 * published; only then are the offsets committed. A record delivered twice is registered again (an
 * upsert) but not published again; a crash between publishing and marking republishes an identical
 * event, which consumers drop by its derived id.
 */
@Component
class ItemListener {

    private static final Logger log = LoggerFactory.getLogger(ItemListener.class);

    private final ItemStore items;
    private final KafkaTemplate<String, Object> kafka;
    private final Duration ackTimeout;

    ItemListener(ItemStore items, KafkaTemplate<String, Object> kafka, IntakeProperties properties) {
        this.items = items;
        this.kafka = kafka;
        this.ackTimeout = properties.ackTimeout();
    }

    @KafkaListener(
            id = "intake-items",
            idIsGroup = false,
            topics = "#{T(org.qingfeng.contracts.Topics).SUBMISSION_RECEIVED.name()}")
    void on(List<ConsumerRecord<String, Object>> records) {
        Polls.process(records, SubmissionReceived.class, Function.identity(), this::register);
    }

    private void register(List<SubmissionReceived> batch) {
        items.register(batch);
        Map<UUID, SubmissionReceived> byItem = new LinkedHashMap<>();
        batch.forEach(received -> byItem.putIfAbsent(received.itemId(), received));
        Set<UUID> unpublished = items.unpublished(byItem.keySet());
        List<ProducerRecord<String, Object>> facts = byItem.values().stream()
                .filter(received -> unpublished.contains(received.itemId()))
                .map(ItemFacts::submitted)
                .map(ItemListener::record)
                .toList();
        if (!facts.isEmpty()) {
            Acks.sendAll(kafka, facts, ackTimeout);
            items.markPublished(unpublished);
        }
        log.debug("Registered {} submissions, published {} items", batch.size(), facts.size());
    }

    private static ProducerRecord<String, Object> record(ItemSubmitted fact) {
        return new ProducerRecord<>(Topics.ITEM_SUBMITTED.name(), fact.itemId().toString(), fact);
    }
}
