package org.qingfeng.localstack.api;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.qingfeng.contracts.EventJson;
import tools.jackson.databind.JsonNode;

/**
 * A service account's bearer token (OAuth2 client credentials) from the authorization server behind
 * the gateway, fetched on first use and again shortly before it expires.
 */
public final class ServiceAccount implements Supplier<String> {

    private static final Duration EARLY = Duration.ofSeconds(30);

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final URI tokenEndpoint;
    private final String basic;
    private final Clock clock;
    private @Nullable String bearer;
    private Instant renewAt = Instant.MIN;

    public ServiceAccount(String issuer, String clientId, String secret) {
        this(issuer, clientId, secret, Clock.systemUTC());
    }

    ServiceAccount(String issuer, String clientId, String secret, Clock clock) {
        this.tokenEndpoint = URI.create(issuer + "/oauth2/token");
        this.basic = "Basic "
                + Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
        this.clock = clock;
    }

    /** {@code Bearer <token>}, renewed when it is about to expire. */
    @Override
    public synchronized String get() {
        if (bearer == null || !clock.instant().isBefore(renewAt)) {
            fetch();
        }
        return bearer;
    }

    private void fetch() {
        HttpRequest request = HttpRequest.newBuilder(tokenEndpoint)
                .timeout(Duration.ofSeconds(10))
                .header("Authorization", basic)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"))
                .build();
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("the token endpoint answered " + response.statusCode());
            }
            JsonNode body = EventJson.mapper().readTree(response.body());
            bearer = "Bearer " + body.path("access_token").asString();
            long lifetime = body.path("expires_in").asLong(60);
            renewAt = clock.instant().plusSeconds(lifetime).minus(EARLY);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot reach " + tokenEndpoint, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
