package org.qingfeng.intake.reviewer;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.qingfeng.contracts.EventIds;
import org.qingfeng.contracts.Topics;
import org.qingfeng.contracts.intake.ReviewerNamed;
import org.qingfeng.intake.IntakeProperties;
import org.qingfeng.support.kafka.Acks;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

/**
 * Publishes {@code ReviewerNamed} and waits for the broker. The event id is derived from the item and
 * the reviewer, so the same finding published again (a replay, a re-check after new names) is the
 * same fact, which analysis drops.
 */
@Component
class ReviewerNamedPublisher {

    private final KafkaTemplate<String, Object> kafka;
    private final Clock clock;
    private final Duration ackTimeout;

    ReviewerNamedPublisher(KafkaTemplate<String, Object> kafka, Clock clock, IntakeProperties properties) {
        this.kafka = kafka;
        this.clock = clock;
        this.ackTimeout = properties.ackTimeout();
    }

    /** @return how many events were published */
    int publish(Map<UUID, Set<String>> reviewersByItem) {
        List<ProducerRecord<String, Object>> records = reviewersByItem.entrySet().stream()
                .flatMap(e -> e.getValue().stream().map(reviewer -> named(e.getKey(), reviewer, clock.instant())))
                .map(event -> new ProducerRecord<String, Object>(
                        Topics.REVIEWER_NAMED.name(), event.itemId().toString(), event))
                .toList();
        if (!records.isEmpty()) {
            Acks.sendAll(kafka, records, ackTimeout);
        }
        return records.size();
    }

    static ReviewerNamed named(UUID itemId, String reviewerSubject, Instant at) {
        return new ReviewerNamed(eventId(itemId, reviewerSubject), at, itemId, reviewerSubject);
    }

    static UUID eventId(UUID itemId, String reviewerSubject) {
        return EventIds.derive("reviewer-named", itemId + "|" + reviewerSubject);
    }
}
