package org.qingfeng.disposal.config;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.qingfeng.contracts.Topics;
import org.qingfeng.disposal.DisposalProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.FixedBackOff;

/**
 * Retries a failed batch a few times, then parks the failing records on this service's dead-letter
 * topic. Unreadable records travel there as the raw bytes they arrived as.
 */
@Configuration(proxyBeanMethods = false)
class KafkaConfiguration {

    private static final Logger log = LoggerFactory.getLogger(KafkaConfiguration.class);

    static final String CONSUMER = "disposal";
    static final String ITEM_SUBMITTED_DLT = Topics.ITEM_SUBMITTED.deadLetterFor(CONSUMER);

    /** disposal owns the warnings it issues. */
    @Bean
    NewTopic warningIssued(DisposalProperties properties) {
        return TopicBuilder.name(Topics.WARNING_ISSUED.name())
                .partitions(3)
                .replicas(properties.kafka().replicationFactor())
                .configs(Topics.WARNING_ISSUED.config())
                .build();
    }

    @Bean
    NewTopic itemSubmittedDeadLetters(DisposalProperties properties) {
        return TopicBuilder.name(ITEM_SUBMITTED_DLT)
                .partitions(3)
                .replicas(properties.kafka().replicationFactor())
                .configs(Topics.ITEM_SUBMITTED.config())
                .build();
    }

    @Bean
    KafkaTemplate<String, Object> kafkaTemplate(ProducerFactory<String, Object> producerFactory) {
        return new KafkaTemplate<>(producerFactory);
    }

    @Bean
    KafkaTemplate<String, byte[]> rawKafkaTemplate(ProducerFactory<String, byte[]> producerFactory) {
        return new KafkaTemplate<>(
                producerFactory, Map.of(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class));
    }

    @Bean
    DefaultErrorHandler kafkaErrorHandler(
            DisposalProperties properties,
            KafkaTemplate<String, Object> kafkaTemplate,
            KafkaTemplate<String, byte[]> rawKafkaTemplate) {
        Map<Class<?>, KafkaOperations<?, ?>> templates = new LinkedHashMap<>();
        templates.put(byte[].class, rawKafkaTemplate);
        templates.put(Object.class, kafkaTemplate);
        DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(
                templates, (record, exception) -> new TopicPartition(ITEM_SUBMITTED_DLT, -1));
        DisposalProperties.Retry retry = properties.retry();
        return new DefaultErrorHandler(
                (record, exception) -> {
                    log.warn(
                            "Dead-lettering {}-{}@{} to {} after {}",
                            record.topic(),
                            record.partition(),
                            record.offset(),
                            ITEM_SUBMITTED_DLT,
                            rootCause(exception).getClass().getSimpleName());
                    recoverer.accept(record, exception);
                },
                new FixedBackOff(retry.interval().toMillis(), retry.attempts()));
    }

    /** Names the failure without its message, which may quote the record's content. */
    private static Throwable rootCause(Throwable exception) {
        Throwable cause = exception;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause;
    }
}
