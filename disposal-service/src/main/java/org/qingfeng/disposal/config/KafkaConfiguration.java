package org.qingfeng.disposal.config;

import org.qingfeng.contracts.Topics;
import org.qingfeng.disposal.DisposalProperties;
import org.qingfeng.support.kafka.DeadLetters;
import org.qingfeng.support.kafka.TopicDeclarations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.listener.DefaultErrorHandler;

/** The topics disposal writes (its own and the audit trail), the dead-letter topics of what it consumes, and its listeners' error handler. */
@Configuration(proxyBeanMethods = false)
class KafkaConfiguration {

    /** The consumer name in disposal's dead-letter topics: {@code disposal.item-submitted.v1.dlt}. */
    static final String CONSUMER = "disposal";

    @Bean
    KafkaAdmin.NewTopics disposalTopics(DisposalProperties properties) {
        short replicas = properties.kafka().replicationFactor();
        return new KafkaAdmin.NewTopics(
                TopicDeclarations.owned(Topics.WARNING_ISSUED, replicas),
                TopicDeclarations.owned(Topics.CASE_STEPS, replicas),
                TopicDeclarations.owned(Topics.CASE_ATTACHMENTS, replicas),
                TopicDeclarations.owned(Topics.REMINDERS, replicas),
                // Written by every service that audits; declaring an existing topic changes nothing.
                TopicDeclarations.owned(Topics.AUDIT_RECORDED, replicas),
                TopicDeclarations.deadLetters(Topics.ITEM_SUBMITTED, CONSUMER, replicas),
                TopicDeclarations.deadLetters(Topics.NETWORK_CHANGED, CONSUMER, replicas),
                TopicDeclarations.deadLetters(Topics.REPORTING_COMPLIANCE, CONSUMER, replicas),
                TopicDeclarations.deadLetters(Topics.FINDINGS, CONSUMER, replicas),
                TopicDeclarations.deadLetters(Topics.CASE_STEPS, CONSUMER, replicas),
                TopicDeclarations.deadLetters(Topics.CASE_ATTACHMENTS, CONSUMER, replicas),
                TopicDeclarations.deadLetters(Topics.FOLLOW_UP_RECORDED, CONSUMER, replicas));
    }

    @Bean
    DefaultErrorHandler kafkaErrorHandler(DeadLetters deadLetters) {
        return deadLetters.errorHandler(CONSUMER);
    }
}
