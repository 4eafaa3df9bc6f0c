package org.qingfeng.disposal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Settings under {@code disposal.*}. */
@ConfigurationProperties("disposal")
public record DisposalProperties(@DefaultValue Kafka kafka) {

    /**
     * @param replicationFactor of the topics this service declares
     * @param publishTimeout how long a poll waits for the broker to acknowledge its warnings
     */
    public record Kafka(
            @DefaultValue("1") short replicationFactor,
            @DefaultValue("10s") Duration publishTimeout) {}
}
