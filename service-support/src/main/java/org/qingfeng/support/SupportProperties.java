package org.qingfeng.support;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings every service shares, under {@code qingfeng.*}; the defaults suit them all.
 *
 * @param healthTimeout how long a readiness check waits for the broker or the database
 * @param retry how a listener retries a record it could not process
 */
@ConfigurationProperties("qingfeng")
public record SupportProperties(
        @DefaultValue("2s") Duration healthTimeout,
        @DefaultValue Retry retry) {

    public SupportProperties {
        positive(healthTimeout, "qingfeng.health-timeout");
    }

    /**
     * @param interval between the few retries of a record that failed on its own, and the first wait
     *     while the store or the broker is away
     * @param attempts retries of a record that failed on its own before it goes to the dead-letter topic
     * @param maxInterval the longest wait between retries while the store or the broker is away
     */
    public record Retry(
            @DefaultValue("500ms") Duration interval,
            @DefaultValue("2") int attempts,
            @DefaultValue("10s") Duration maxInterval) {

        public Retry {
            positive(interval, "qingfeng.retry.interval");
            positive(maxInterval, "qingfeng.retry.max-interval");
            if (attempts < 0) {
                throw new IllegalArgumentException("qingfeng.retry.attempts must not be negative");
            }
        }
    }

    private static void positive(Duration value, String name) {
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be positive");
        }
    }
}
