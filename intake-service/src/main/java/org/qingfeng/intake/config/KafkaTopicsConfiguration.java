package org.qingfeng.intake.config;

import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.admin.NewTopic;
import org.qingfeng.contracts.TopicSpec;
import org.qingfeng.contracts.Topics;
import org.qingfeng.intake.IntakeProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * The topics intake owns, and the dead-letter topics of what it consumes. Dead letters are kept
 * forever: each one is a record someone has to look at.
 */
@Configuration(proxyBeanMethods = false)
class KafkaTopicsConfiguration {

    /** The consumer name in intake's dead-letter topics, such as {@code intake.warning-issued.v1.dlt}. */
    static final String CONSUMER = "intake";

    static final int PARTITIONS = 3;

    @Bean
    KafkaAdmin.NewTopics intakeTopics(IntakeProperties properties) {
        short replicas = properties.kafka().replicationFactor();
        return new KafkaAdmin.NewTopics(
                owned(Topics.NETWORK_CHANGED, replicas),
                owned(Topics.SUBMISSION_RECEIVED, replicas),
                owned(Topics.ITEM_SUBMITTED, replicas),
                deadLetters(Topics.NETWORK_CHANGED, replicas),
                deadLetters(Topics.SUBMISSION_RECEIVED, replicas),
                deadLetters(Topics.WARNING_ISSUED, replicas));
    }

    private static NewTopic owned(TopicSpec topic, short replicas) {
        return TopicBuilder.name(topic.name())
                .partitions(PARTITIONS)
                .replicas(replicas)
                .configs(withDurability(topic.config(), replicas))
                .build();
    }

    private static NewTopic deadLetters(TopicSpec topic, short replicas) {
        return TopicBuilder.name(topic.deadLetterFor(CONSUMER))
                .partitions(PARTITIONS)
                .replicas(replicas)
                .configs(withDurability(Map.of("retention.ms", "-1", "retention.bytes", "-1"), replicas))
                .build();
    }

    /** With three replicas, a write is acknowledged once two hold it (acks=all). */
    private static Map<String, String> withDurability(Map<String, String> config, short replicas) {
        Map<String, String> all = new HashMap<>(config);
        if (replicas >= 3) {
            all.put("min.insync.replicas", "2");
        }
        return all;
    }
}
