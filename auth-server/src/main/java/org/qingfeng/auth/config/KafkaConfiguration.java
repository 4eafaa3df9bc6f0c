package org.qingfeng.auth.config;

import org.qingfeng.auth.AuthProperties;
import org.qingfeng.contracts.Topics;
import org.qingfeng.support.kafka.TopicDeclarations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaAdmin;

/** The audit topic this server writes to; declaring a topic another service declared too is harmless. */
@Configuration(proxyBeanMethods = false)
class KafkaConfiguration {

    @Bean
    KafkaAdmin.NewTopics authTopics(AuthProperties properties) {
        return new KafkaAdmin.NewTopics(TopicDeclarations.owned(Topics.AUDIT_RECORDED, properties.replicationFactor()));
    }
}
