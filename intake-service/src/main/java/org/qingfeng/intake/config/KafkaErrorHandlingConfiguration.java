package org.qingfeng.intake.config;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.jspecify.annotations.Nullable;
import org.qingfeng.contracts.Topics;
import org.qingfeng.intake.messaging.ProjectionUnavailable;
import org.qingfeng.intake.messaging.UnreadableEvent;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.BackOff;
import org.springframework.util.backoff.ExponentialBackOff;
import org.springframework.util.backoff.FixedBackOff;

/**
 * What happens to a record a listener cannot process. Unreadable or incomplete records go to the
 * dead-letter topic at once, with their original bytes; other failures of one record after a few
 * retries. When the store or the broker is away, the poll is retried until it returns: those
 * records are fine, and skipping them would lose items.
 */
@Configuration(proxyBeanMethods = false)
class KafkaErrorHandlingConfiguration {

    /**
     * Dead letters of records that could not be deserialized: their raw bytes, unchanged. Not a
     * default candidate, so the event template stays the only one injected by type.
     */
    @Bean(defaultCandidate = false)
    @SuppressWarnings("unchecked")
    KafkaOperations<String, byte[]> deadLetterBytesTemplate(ProducerFactory<?, ?> producerFactory) {
        KafkaTemplate<String, byte[]> template = new KafkaTemplate<>(
                (ProducerFactory<String, byte[]>) producerFactory,
                Map.of(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class));
        template.setProducerListener(KafkaProducerConfiguration.withoutContents());
        return template;
    }

    @Bean
    DefaultErrorHandler kafkaErrorHandler(
            KafkaTemplate<String, Object> events,
            @Qualifier("deadLetterBytesTemplate") KafkaOperations<String, byte[]> deadLetterBytesTemplate) {
        Map<Class<?>, KafkaOperations<?, ?>> templates = new LinkedHashMap<>();
        templates.put(byte[].class, deadLetterBytesTemplate);
        templates.put(Object.class, events);
        DeadLetterPublishingRecoverer recoverer =
                new DeadLetterPublishingRecoverer(templates, KafkaErrorHandlingConfiguration::deadLetterTopic);
        DefaultErrorHandler handler = new DefaultErrorHandler(recoverer, new FixedBackOff(500, 2));
        handler.addNotRetryableExceptions(UnreadableEvent.class);
        handler.setBackOffFunction((record, e) -> backOffFor(e));
        return handler;
    }

    private static TopicPartition deadLetterTopic(ConsumerRecord<?, ?> record, Exception e) {
        String topic = Topics.byName(record.topic())
                .map(spec -> spec.deadLetterFor(KafkaTopicsConfiguration.CONSUMER))
                .orElseThrow(() -> new IllegalStateException("no dead-letter topic for " + record.topic()));
        return new TopicPartition(topic, record.partition());
    }

    /** Unbounded for a write that failed, so those records wait for the store; the default otherwise. */
    static @Nullable BackOff backOffFor(Exception e) {
        if (!causedBy(e, ProjectionUnavailable.class)) {
            return null;
        }
        ExponentialBackOff untilBack = new ExponentialBackOff(500, 2.0);
        untilBack.setMaxInterval(10_000);
        return untilBack;
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
