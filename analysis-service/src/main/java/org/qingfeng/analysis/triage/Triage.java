package org.qingfeng.analysis.triage;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.qingfeng.analysis.AnalysisProperties;
import org.qingfeng.analysis.rules.RulesViolated;
import org.qingfeng.analysis.rules.Violation;
import org.qingfeng.analysis.triage.rules.TriageDraft;
import org.qingfeng.analysis.triage.rules.TriageRules;
import org.qingfeng.analysis.web.ServiceUnavailable;
import org.qingfeng.contracts.Topics;
import org.qingfeng.contracts.analysis.ItemTriaged;
import org.qingfeng.support.kafka.Acks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Service;

/**
 * Takes a decision: checks it, reserves the item's next decision number, publishes {@code
 * ItemTriaged} and returns once the broker has acknowledged it. Nothing is written to Mongo here: the
 * listener projects the decision like any other record of the topic.
 *
 * <p>A number whose publication failed stays unused, so the numbers of an item's decisions always
 * rise but may skip one; reusing it could give two different decisions the same event id.
 */
@Service
class Triage {

    private static final Logger log = LoggerFactory.getLogger(Triage.class);

    private final TriageItemStore items;
    private final KafkaTemplate<String, Object> kafka;
    private final Clock clock;
    private final Duration ackTimeout;
    private final MeterRegistry meters;

    Triage(
            TriageItemStore items,
            KafkaTemplate<String, Object> kafka,
            Clock clock,
            AnalysisProperties properties,
            MeterRegistry meters) {
        this.items = items;
        this.kafka = kafka;
        this.clock = clock;
        this.ackTimeout = properties.ackTimeout();
        this.meters = meters;
    }

    Decided decide(TriageDraft draft) {
        List<Violation> violations = TriageRules.check(draft, items::known);
        if (!violations.isEmpty()) {
            throw new RulesViolated(violations);
        }
        UUID itemId = Objects.requireNonNull(draft.itemId());
        int sequence = items.claimNext(itemId)
                .orElseThrow(
                        () -> RulesViolated.of("itemId", "分析服务尚未收到该事项 / analysis has not seen this item submitted"));
        ItemTriaged triaged =
                TriageRules.triaged(draft, sequence, Instant.now(clock).truncatedTo(ChronoUnit.MILLIS));
        publish(triaged);
        counter(triaged).increment();
        return new Decided(itemId, sequence);
    }

    private void publish(ItemTriaged triaged) {
        ProducerRecord<String, Object> record = new ProducerRecord<>(
                Topics.ITEM_TRIAGED.name(), triaged.itemId().toString(), triaged);
        try {
            Acks.sendAll(kafka, List.of(record), ackTimeout);
        } catch (Acks.AckFailed e) {
            log.warn(
                    "Decision {} on item {} not acknowledged by the broker: {}",
                    triaged.sequence(),
                    triaged.itemId(),
                    e.getClass().getSimpleName());
            throw new ServiceUnavailable("the broker did not acknowledge the decision", e);
        }
    }

    private Counter counter(ItemTriaged triaged) {
        return Counter.builder("analysis.items.triaged")
                .description("Triage decisions acknowledged by the broker")
                .tag("decision", triaged.decision().name())
                .register(meters);
    }

    /** The answer: the item and the number of this decision on it. */
    record Decided(UUID itemId, int sequence) {}
}
