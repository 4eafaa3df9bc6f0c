package org.qingfeng.intake.informant;

import org.qingfeng.contracts.Topics;
import org.qingfeng.intake.IntakeProperties;
import org.qingfeng.support.kafka.TopicDeclarations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * The dead-letter topic of the informant listener, {@code intake.informant-records.v1.dlt}: the
 * records topics themselves are declared with intake's others.
 */
@Configuration(proxyBeanMethods = false)
class InformantTopics {

    /** Intake's consumer name in its dead-letter topics. */
    private static final String CONSUMER = "intake";

    @Bean
    KafkaAdmin.NewTopics informantDeadLetters(IntakeProperties properties) {
        return new KafkaAdmin.NewTopics(TopicDeclarations.deadLetters(
                Topics.INFORMANT_RECORDED, CONSUMER, properties.kafka().replicationFactor()));
    }
}
