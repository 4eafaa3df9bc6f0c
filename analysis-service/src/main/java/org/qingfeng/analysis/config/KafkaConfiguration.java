package org.qingfeng.analysis.config;

import org.qingfeng.analysis.AnalysisProperties;
import org.qingfeng.contracts.Topics;
import org.qingfeng.support.kafka.DeadLetters;
import org.qingfeng.support.kafka.TopicDeclarations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.listener.DefaultErrorHandler;

/** The dead-letter topic of what analysis consumes, and its listener's error handler. */
@Configuration(proxyBeanMethods = false)
class KafkaConfiguration {

    /** The consumer name in analysis's dead-letter topics: {@code analysis.item-submitted.v1.dlt}. */
    static final String CONSUMER = "analysis";

    @Bean
    KafkaAdmin.NewTopics analysisTopics(AnalysisProperties properties) {
        short replicas = properties.kafka().replicationFactor();
        return new KafkaAdmin.NewTopics(TopicDeclarations.deadLetters(Topics.ITEM_SUBMITTED, CONSUMER, replicas));
    }

    @Bean
    DefaultErrorHandler kafkaErrorHandler(DeadLetters deadLetters) {
        return deadLetters.errorHandler(CONSUMER);
    }
}
