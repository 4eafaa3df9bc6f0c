package org.qingfeng.support.kafka;

import java.util.Map;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.qingfeng.support.SupportProperties;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.kafka.support.LoggingProducerListener;
import org.springframework.kafka.support.ProducerListener;

/**
 * Kafka wiring every service shares: sends logged without their payload, the dead-letter error
 * handler factory with its byte template, the retry policy and the {@code kafka} readiness check.
 * Before Boot's, so that its producer listener gives way to the quiet one.
 */
@AutoConfiguration(before = KafkaAutoConfiguration.class)
@EnableConfigurationProperties(SupportProperties.class)
public final class KafkaSupportAutoConfiguration {

    /** A failed send is logged by key and topic only: a payload may hold an item's description. */
    @Bean
    @ConditionalOnMissingBean(ProducerListener.class)
    LoggingProducerListener<Object, Object> kafkaProducerListener() {
        return withoutContents();
    }

    /**
     * Dead letters of records that could not be deserialized, as their raw bytes. Not a default
     * candidate, so the event template stays the only one injected by type.
     */
    @Bean(defaultCandidate = false)
    @SuppressWarnings("unchecked")
    KafkaOperations<String, byte[]> deadLetterBytesTemplate(ProducerFactory<?, ?> producerFactory) {
        KafkaTemplate<String, byte[]> template = new KafkaTemplate<>(
                (ProducerFactory<String, byte[]>) producerFactory,
                Map.of(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class));
        template.setProducerListener(withoutContents());
        return template;
    }

    @Bean
    @ConditionalOnMissingBean
    RetryPolicy retryPolicy(SupportProperties properties) {
        SupportProperties.Retry retry = properties.retry();
        return new RetryPolicy(retry.interval(), retry.attempts(), retry.maxInterval());
    }

    @Bean
    @ConditionalOnMissingBean
    DeadLetters deadLetters(
            KafkaTemplate<?, ?> kafkaTemplate,
            @Qualifier("deadLetterBytesTemplate") KafkaOperations<String, byte[]> deadLetterBytesTemplate,
            RetryPolicy retryPolicy) {
        return new DeadLetters(kafkaTemplate, deadLetterBytesTemplate, retryPolicy);
    }

    /** Named so that it is the {@code kafka} health contributor. */
    @Bean
    @ConditionalOnMissingBean(name = "kafkaHealthIndicator")
    HealthIndicator kafkaHealthIndicator(KafkaAdmin kafkaAdmin, SupportProperties properties) {
        return new KafkaHealthIndicator(kafkaAdmin.getConfigurationProperties(), properties.healthTimeout());
    }

    private static <K, V> LoggingProducerListener<K, V> withoutContents() {
        LoggingProducerListener<K, V> listener = new LoggingProducerListener<>();
        listener.setIncludeContents(false);
        return listener;
    }
}
