package org.qingfeng.analysis.cases;

import org.qingfeng.analysis.AnalysisProperties;
import org.qingfeng.contracts.Topics;
import org.qingfeng.support.kafka.TopicDeclarations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * The case steps topic. Disposal owns {@code disposal.case-steps.v1} and declares it identically;
 * declaring it here too means the index, report and assessment listeners find it whichever service
 * starts first. Its dead-letter topic is declared with analysis's others.
 */
@Configuration(proxyBeanMethods = false)
class CaseConfiguration {

    @Bean
    KafkaAdmin.NewTopics caseStepTopics(AnalysisProperties properties) {
        return new KafkaAdmin.NewTopics(
                TopicDeclarations.owned(Topics.CASE_STEPS, properties.kafka().replicationFactor()));
    }
}
