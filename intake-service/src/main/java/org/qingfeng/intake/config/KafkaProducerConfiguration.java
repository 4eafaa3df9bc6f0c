package org.qingfeng.intake.config;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.support.LoggingProducerListener;
import org.springframework.kafka.support.ProducerListener;

/**
 * A failed send is logged by key and topic only: the payload of a submission holds its description,
 * which must never reach a log.
 */
@Configuration(proxyBeanMethods = false)
class KafkaProducerConfiguration {

    @Bean
    ProducerListener<Object, Object> quietProducerListener() {
        return withoutContents();
    }

    static <K, V> LoggingProducerListener<K, V> withoutContents() {
        LoggingProducerListener<K, V> listener = new LoggingProducerListener<>();
        listener.setIncludeContents(false);
        return listener;
    }
}
