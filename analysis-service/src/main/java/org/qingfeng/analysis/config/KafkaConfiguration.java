package org.qingfeng.analysis.config;

import org.qingfeng.analysis.AnalysisProperties;
import org.qingfeng.contracts.Topics;
import org.qingfeng.support.kafka.DeadLetters;
import org.qingfeng.support.kafka.TopicDeclarations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.listener.DefaultErrorHandler;

/** The topics analysis writes (its own and the audit trail), the dead-letter topics of what it consumes, and its listeners' error handler. */
@Configuration(proxyBeanMethods = false)
class KafkaConfiguration {

    /** The consumer name in analysis's dead-letter topics: {@code analysis.item-submitted.v1.dlt}. */
    static final String CONSUMER = "analysis";

    /**
     * One dead-letter topic per topic consumed, whichever of analysis's consumer groups reads it: a
     * record none of them can read lands there once per group that met it.
     */
    @Bean
    KafkaAdmin.NewTopics analysisTopics(AnalysisProperties properties) {
        short replicas = properties.kafka().replicationFactor();
        return new KafkaAdmin.NewTopics(
                TopicDeclarations.owned(Topics.ITEM_TRIAGED, replicas),
                TopicDeclarations.owned(Topics.REVIEWER_CONFLICTS, replicas),
                TopicDeclarations.owned(Topics.FINDINGS, replicas),
                TopicDeclarations.owned(Topics.PERIOD_CLOSED, replicas),
                TopicDeclarations.owned(Topics.RISK_POINTS, replicas),
                TopicDeclarations.owned(Topics.REPORT_DRAFTS, replicas),
                // Written by every service that audits; declaring an existing topic changes nothing.
                TopicDeclarations.owned(Topics.AUDIT_RECORDED, replicas),
                TopicDeclarations.deadLetters(Topics.ITEM_SUBMITTED, CONSUMER, replicas),
                TopicDeclarations.deadLetters(Topics.ITEM_TRIAGED, CONSUMER, replicas),
                TopicDeclarations.deadLetters(Topics.WARNING_ISSUED, CONSUMER, replicas),
                TopicDeclarations.deadLetters(Topics.CASE_STEPS, CONSUMER, replicas),
                TopicDeclarations.deadLetters(Topics.NETWORK_CHANGED, CONSUMER, replicas),
                TopicDeclarations.deadLetters(Topics.INFORMANT_CHANGED, CONSUMER, replicas),
                TopicDeclarations.deadLetters(Topics.REPORTING_COMPLIANCE, CONSUMER, replicas),
                TopicDeclarations.deadLetters(Topics.FOLLOW_UP_RECORDED, CONSUMER, replicas),
                TopicDeclarations.deadLetters(Topics.ITEM_MATCHED, CONSUMER, replicas),
                TopicDeclarations.deadLetters(Topics.REVIEWER_CONFLICTS, CONSUMER, replicas),
                TopicDeclarations.deadLetters(Topics.REVIEWER_NAMED, CONSUMER, replicas),
                TopicDeclarations.deadLetters(Topics.FINDINGS, CONSUMER, replicas),
                TopicDeclarations.deadLetters(Topics.PERIOD_CLOSED, CONSUMER, replicas),
                TopicDeclarations.deadLetters(Topics.RISK_POINTS, CONSUMER, replicas),
                TopicDeclarations.deadLetters(Topics.REPORT_DRAFTS, CONSUMER, replicas),
                TopicDeclarations.deadLetters(Topics.QUARTERLY_REPORT_FILED, CONSUMER, replicas));
    }

    @Bean
    DefaultErrorHandler kafkaErrorHandler(DeadLetters deadLetters) {
        return deadLetters.errorHandler(CONSUMER);
    }
}
