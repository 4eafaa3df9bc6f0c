package org.qingfeng.analysis.dedup;

import org.qingfeng.analysis.AnalysisProperties;
import org.qingfeng.contracts.Topics;
import org.qingfeng.support.kafka.TopicDeclarations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * The matches topic. Intake owns {@code intake.item-matched.v1} and declares it identically; declaring
 * it here too means the listener finds it whichever service starts first, as with the audit topic.
 * Its dead-letter topic {@code analysis.item-matched.v1.dlt} is declared with analysis's others.
 */
@Configuration(proxyBeanMethods = false)
class IncidentConfiguration {

    @Bean
    KafkaAdmin.NewTopics incidentTopics(AnalysisProperties properties) {
        short replicas = properties.kafka().replicationFactor();
        return new KafkaAdmin.NewTopics(TopicDeclarations.owned(Topics.ITEM_MATCHED, replicas));
    }
}
