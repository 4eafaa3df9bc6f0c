package org.qingfeng.disposal.warning;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jspecify.annotations.Nullable;
import org.qingfeng.contracts.disposal.WarningColour;
import org.qingfeng.contracts.intake.ItemSubmitted;
import org.qingfeng.support.kafka.Polls;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Issues a warning for every submitted item: one bulk write per poll, then the warnings are
 * published and acknowledged; the offsets are committed when the listener returns.
 */
@Component
class WarningListener {

    private static final Logger log = LoggerFactory.getLogger(WarningListener.class);

    private final PlaceholderColourPolicy policy = new PlaceholderColourPolicy();
    private final Warnings warnings;
    private final WarningPublisher publisher;
    private final Map<WarningColour, Counter> issued = new EnumMap<>(WarningColour.class);

    WarningListener(Warnings warnings, WarningPublisher publisher, MeterRegistry registry) {
        this.warnings = warnings;
        this.publisher = publisher;
        for (WarningColour colour : WarningColour.values()) {
            issued.put(
                    colour,
                    Counter.builder("disposal.warnings.issued")
                            .description("Warnings issued for the first time")
                            .tag("colour", colour.name())
                            .register(registry));
        }
    }

    @KafkaListener(topics = "#{T(org.qingfeng.contracts.Topics).ITEM_SUBMITTED.name()}")
    void on(List<ConsumerRecord<String, @Nullable Object>> records) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Polls.process(
                records, ItemSubmitted.class, item -> Warning.of(item, policy.decide(item.item()), now), this::issue);
    }

    private void issue(List<Warning> candidates) {
        Warnings.Issued stored = warnings.issue(candidates);
        publisher.publish(stored.stored());
        stored.fresh().forEach(warning -> issued.get(warning.colour()).increment());
        log.debug(
                "Issued {} new warnings, published {}",
                stored.fresh().size(),
                stored.stored().size());
    }
}
