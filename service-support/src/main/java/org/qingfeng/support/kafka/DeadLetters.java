package org.qingfeng.support.kafka;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.qingfeng.contracts.Topics;
import org.springframework.kafka.KafkaException;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;

/**
 * Builds a service's listener error handler: {@link RetryPolicy} decides the retries, then the
 * record goes to {@code <consumer>.<fact>.v1.dlt}. A record that could not be deserialized travels
 * there as the bytes it arrived as. The partition is left to the producer (by key): the dead-letter
 * topic need not have as many partitions as the topic, and the original partition and offset
 * travel in the dead letter's headers.
 */
public final class DeadLetters {

    private final Map<Class<?>, KafkaOperations<?, ?>> templates = new LinkedHashMap<>();
    private final RetryPolicy policy;

    DeadLetters(KafkaOperations<?, ?> events, KafkaOperations<?, ?> bytes, RetryPolicy policy) {
        templates.put(byte[].class, bytes);
        templates.put(Object.class, events);
        this.policy = policy;
    }

    /** The error handler of the consumer named {@code consumer}, such as {@code analysis}. */
    public DefaultErrorHandler errorHandler(String consumer) {
        DeadLetterPublishingRecoverer recoverer =
                new DeadLetterPublishingRecoverer(templates, (record, failure) -> destination(record, consumer));
        DefaultErrorHandler handler = new DefaultErrorHandler(recoverer, policy.fewRetries());
        handler.setBackOffFunction((record, failure) -> policy.backOffFor(failure));
        handler.setRetryListeners(new FailureLog());
        // Its own logs quote exception messages; FailureLog names the class only.
        handler.setLogLevel(KafkaException.Level.DEBUG);
        return handler;
    }

    static TopicPartition destination(ConsumerRecord<?, ?> record, String consumer) {
        String topic = Topics.byName(record.topic())
                .map(spec -> spec.deadLetterFor(consumer))
                .orElseThrow(() -> new IllegalStateException("no dead-letter topic for " + record.topic()));
        return new TopicPartition(topic, -1);
    }
}
