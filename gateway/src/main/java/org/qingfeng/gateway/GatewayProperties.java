package org.qingfeng.gateway;

import java.net.URI;
import java.time.Duration;
import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Settings under {@code gateway.*}.
 *
 * @param backends where each service listens (also the route targets)
 * @param console how the console reads the services
 * @param fallback what the 503 answer tells a client
 */
@ConfigurationProperties("gateway")
public record GatewayProperties(Backends backends, Console console, Fallback fallback) {

    /** Internal addresses; {@code auth} is also where the gateway fetches tokens and signing keys. */
    public record Backends(URI intake, URI analysis, URI disposal, URI auth, URI audit) {

        public URI of(Backend backend) {
            return switch (backend) {
                case INTAKE -> intake;
                case ANALYSIS -> analysis;
                case DISPOSAL -> disposal;
                case AUTH -> auth;
                case AUDIT -> audit;
            };
        }
    }

    /**
     * @param readTimeout how long a console read waits for a service before showing it as unavailable
     * @param rows how many recent items and warnings the tables show
     * @param zone the time zone in which the console shows instants
     * @param namesTtl how long the console keeps the network's names before reading them again
     * @param writeTimeout how long a console form waits for the service to accept a change
     * @param importTimeout how long an upload of the network workbook waits for intake's answer
     * @param importMaxSize the largest workbook the console accepts and forwards
     */
    public record Console(
            Duration readTimeout,
            int rows,
            ZoneId zone,
            Duration namesTtl,
            Duration writeTimeout,
            Duration importTimeout,
            DataSize importMaxSize) {}

    /** @param retryAfter the Retry-After a client receives while a service is down */
    public record Fallback(Duration retryAfter) {}
}
