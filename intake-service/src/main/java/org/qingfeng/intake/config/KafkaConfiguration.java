package org.qingfeng.intake.config;

import org.qingfeng.contracts.Topics;
import org.qingfeng.intake.IntakeProperties;
import org.qingfeng.support.kafka.DeadLetters;
import org.qingfeng.support.kafka.TopicDeclarations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.listener.DefaultErrorHandler;

/** The topics intake owns, the dead-letter topics of what it consumes, and its listeners' error handler. */
@Configuration(proxyBeanMethods = false)
class KafkaConfiguration {

    /** The consumer name in intake's dead-letter topics, such as {@code intake.warning-issued.v1.dlt}. */
    static final String CONSUMER = "intake";

    @Bean
    KafkaAdmin.NewTopics intakeTopics(IntakeProperties properties) {
        short replicas = properties.kafka().replicationFactor();
        return new KafkaAdmin.NewTopics(
                TopicDeclarations.owned(Topics.NETWORK_CHANGED, replicas),
                TopicDeclarations.owned(Topics.INFORMANT_RECORDED, replicas),
                TopicDeclarations.owned(Topics.INFORMANT_CHANGED, replicas),
                TopicDeclarations.owned(Topics.REPORTING_CONTACTS, replicas),
                TopicDeclarations.owned(Topics.REPORTING_COMPLIANCE, replicas),
                TopicDeclarations.owned(Topics.SUBMISSION_RECEIVED, replicas),
                TopicDeclarations.owned(Topics.ITEM_SUBMITTED, replicas),
                TopicDeclarations.owned(Topics.ATTACHMENT_CHUNKS, replicas),
                TopicDeclarations.owned(Topics.FOLLOW_UP_RECORDED, replicas),
                TopicDeclarations.owned(Topics.ITEM_MATCHED, replicas),
                TopicDeclarations.owned(Topics.QUARTERLY_REPORT_FILED, replicas),
                TopicDeclarations.owned(Topics.REVIEWER_NAMED, replicas),
                TopicDeclarations.owned(Topics.REVIEWER_NAMES, replicas),
                // Shared by every service that audits; declaring it again here is harmless.
                TopicDeclarations.owned(Topics.AUDIT_RECORDED, replicas),
                TopicDeclarations.deadLetters(Topics.NETWORK_CHANGED, CONSUMER, replicas),
                TopicDeclarations.deadLetters(Topics.SUBMISSION_RECEIVED, CONSUMER, replicas),
                TopicDeclarations.deadLetters(Topics.ITEM_SUBMITTED, CONSUMER, replicas),
                TopicDeclarations.deadLetters(Topics.ATTACHMENT_CHUNKS, CONSUMER, replicas),
                TopicDeclarations.deadLetters(Topics.FOLLOW_UP_RECORDED, CONSUMER, replicas),
                TopicDeclarations.deadLetters(Topics.WARNING_ISSUED, CONSUMER, replicas),
                TopicDeclarations.deadLetters(Topics.CASE_STEPS, CONSUMER, replicas),
                TopicDeclarations.deadLetters(Topics.REMINDERS, CONSUMER, replicas));
    }

    @Bean
    DefaultErrorHandler kafkaErrorHandler(DeadLetters deadLetters) {
        return deadLetters.errorHandler(CONSUMER);
    }
}
