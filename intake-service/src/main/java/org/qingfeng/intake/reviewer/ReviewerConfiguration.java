package org.qingfeng.intake.reviewer;

import org.qingfeng.contracts.Topics;
import org.qingfeng.intake.IntakeProperties;
import org.qingfeng.support.kafka.TopicDeclarations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaAdmin;

/** The reviewer properties, and the dead-letter topic of the names topic, which intake consumes. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ReviewerProperties.class)
class ReviewerConfiguration {

    /** The consumer named in intake's dead-letter topics (as in intake's own Kafka configuration). */
    private static final String CONSUMER = "intake";

    @Bean
    KafkaAdmin.NewTopics reviewerDeadLetters(IntakeProperties properties) {
        return new KafkaAdmin.NewTopics(TopicDeclarations.deadLetters(
                Topics.REVIEWER_NAMES, CONSUMER, properties.kafka().replicationFactor()));
    }
}
