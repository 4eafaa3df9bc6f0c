package org.qingfeng.audit.config;

import org.qingfeng.audit.AuditProperties;
import org.qingfeng.contracts.Topics;
import org.qingfeng.support.kafka.DeadLetters;
import org.qingfeng.support.kafka.TopicDeclarations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.listener.DefaultErrorHandler;

/**
 * The audit topic (one partition, kept forever; declaring it where every producer also does is
 * harmless), the dead-letter topics of what audit consumes, and its listeners' error handler.
 */
@Configuration(proxyBeanMethods = false)
class KafkaConfiguration {

    /** The consumer name in audit's dead-letter topics: {@code audit.audit-recorded.v1.dlt}. */
    static final String CONSUMER = "audit";

    @Bean
    KafkaAdmin.NewTopics auditTopics(AuditProperties properties) {
        short replicas = properties.replicationFactor();
        return new KafkaAdmin.NewTopics(
                TopicDeclarations.owned(Topics.AUDIT_RECORDED, replicas),
                TopicDeclarations.deadLetters(Topics.AUDIT_RECORDED, CONSUMER, replicas),
                TopicDeclarations.deadLetters(Topics.NETWORK_CHANGED, CONSUMER, replicas));
    }

    @Bean
    DefaultErrorHandler kafkaErrorHandler(DeadLetters deadLetters) {
        return deadLetters.errorHandler(CONSUMER);
    }
}
