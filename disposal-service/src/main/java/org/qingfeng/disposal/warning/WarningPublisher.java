package org.qingfeng.disposal.warning;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.qingfeng.contracts.Topics;
import org.qingfeng.disposal.DisposalProperties;
import org.springframework.kafka.KafkaException;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

/** Publishes warnings as {@code WarningIssued}, keyed by warning id, and returns once the broker has them all. */
@Component
class WarningPublisher {

    private final KafkaTemplate<String, Object> kafka;
    private final Duration timeout;

    WarningPublisher(KafkaTemplate<String, Object> kafka, DisposalProperties properties) {
        this.kafka = kafka;
        this.timeout = properties.kafka().publishTimeout();
    }

    void publish(List<Warning> warnings) {
        CompletableFuture<?>[] sends = warnings.stream()
                .map(warning -> kafka.send(
                        Topics.WARNING_ISSUED.name(), warning.warningId().toString(), warning.issued()))
                .toArray(CompletableFuture<?>[]::new);
        try {
            CompletableFuture.allOf(sends).get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KafkaException("interrupted while publishing warnings", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new KafkaException("warnings not acknowledged by the broker", e);
        }
    }
}
