package org.qingfeng.analysis.triage;

import org.qingfeng.analysis.AnalysisProperties;
import org.qingfeng.contracts.Topics;
import org.qingfeng.support.kafka.TopicDeclarations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * The triage board's settings, and intake's {@code intake.reviewer-named.v1}: intake owns it and
 * declares it identically; declaring it here too means the listener finds it whichever service
 * starts first. Its dead-letter topic is declared with analysis's others.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TriageProperties.class)
class TriageConfiguration {

    @Bean
    KafkaAdmin.NewTopics reviewerNamedTopic(AnalysisProperties properties) {
        return new KafkaAdmin.NewTopics(TopicDeclarations.owned(
                Topics.REVIEWER_NAMED, properties.kafka().replicationFactor()));
    }
}
