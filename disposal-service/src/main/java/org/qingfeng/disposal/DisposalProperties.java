package org.qingfeng.disposal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code disposal.*}.
 *
 * @param healthTimeout how long a readiness check waits for the broker or the database
 */
@ConfigurationProperties("disposal")
public record DisposalProperties(
        @DefaultValue Kafka kafka,
        @DefaultValue Retry retry,
        @DefaultValue("2s") Duration healthTimeout) {

    /**
     * @param replicationFactor of the topics this service declares
     * @param publishTimeout how long a poll waits for the broker to acknowledge its warnings
     */
    public record Kafka(
            @DefaultValue("1") short replicationFactor,
            @DefaultValue("10s") Duration publishTimeout) {}

    /** How often a failed batch is retried, and how long apart, before its records go to the dead-letter topic. */
    public record Retry(
            @DefaultValue("1s") Duration interval,
            @DefaultValue("3") int attempts) {}
}
