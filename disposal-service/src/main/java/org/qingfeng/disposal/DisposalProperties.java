package org.qingfeng.disposal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code disposal.*}.
 *
 * @param networkRefresh how old the in-memory copy of the network that scopes are checked against
 *     may grow before it is read again; the instance that projects a change drops its copy at once
 */
@ConfigurationProperties("disposal")
public record DisposalProperties(
        @DefaultValue Kafka kafka, @DefaultValue("30s") Duration networkRefresh) {

    /**
     * @param replicationFactor of the topics this service declares
     * @param publishTimeout how long a send waits for the broker to acknowledge what it published
     */
    public record Kafka(
            @DefaultValue("1") short replicationFactor,
            @DefaultValue("10s") Duration publishTimeout) {}
}
