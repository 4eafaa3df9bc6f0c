package org.qingfeng.gateway;

import java.net.URI;
import java.time.Duration;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code gateway.*}.
 *
 * @param backends where each service listens (also the route targets)
 * @param console how the console reads the services
 * @param fallback what the 503 answer tells a client
 */
@ConfigurationProperties("gateway")
public record GatewayProperties(Backends backends, Console console, Fallback fallback) {

    public record Backends(URI intake, URI analysis, URI disposal) {

        public URI of(Backend backend) {
            return switch (backend) {
                case INTAKE -> intake;
                case ANALYSIS -> analysis;
                case DISPOSAL -> disposal;
            };
        }
    }

    /**
     * @param readTimeout how long a console read waits for a service before showing it as unavailable
     * @param rows how many recent items and warnings the tables show
     * @param zone the time zone in which the console shows instants
     * @param namesTtl how long the console keeps the network's names before reading them again
     */
    public record Console(Duration readTimeout, int rows, ZoneId zone, Duration namesTtl) {}

    /** @param retryAfter the Retry-After a client receives while a service is down */
    public record Fallback(Duration retryAfter) {}
}
