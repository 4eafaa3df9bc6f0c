package org.qingfeng.gateway.console;

import io.micrometer.observation.ObservationRegistry;
import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;
import org.qingfeng.gateway.Backend;
import org.qingfeng.gateway.GatewayProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.http.codec.CodecCustomizer;
import org.springframework.cloud.client.circuitbreaker.ReactiveCircuitBreakerFactory;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

/**
 * The services' query APIs as the console reads them: through the same circuit breakers as the
 * routes and within the console's read timeout, so a service that is down fails at once instead of
 * holding the page.
 */
@Component
public class ServiceReads {

    private final Map<Backend, WebClient> clients = new EnumMap<>(Backend.class);
    private final ReactiveCircuitBreakerFactory<?, ?> breakers;
    private final Duration readTimeout;

    ServiceReads(
            GatewayProperties properties,
            ReactiveCircuitBreakerFactory<?, ?> breakers,
            ObjectProvider<CodecCustomizer> codecs,
            ObservationRegistry observations) {
        this.breakers = breakers;
        this.readTimeout = properties.console().readTimeout();
        for (Backend backend : Backend.values()) {
            clients.put(
                    backend,
                    WebClient.builder()
                            .baseUrl(properties.backends().of(backend).toString())
                            .codecs(configurer -> codecs.orderedStream().forEach(c -> c.customize(configurer)))
                            .observationRegistry(observations)
                            .build());
        }
    }

    /** A GET of JSON whose answer {@code body} reads; each subscription asks the service again. */
    public <T> Mono<T> get(
            Backend backend, String uri, Function<WebClient.ResponseSpec, Mono<T>> body, Object... uriVariables) {
        Mono<T> call = Mono.defer(() -> body.apply(clients.get(backend)
                        .get()
                        .uri(uri, uriVariables)
                        .accept(MediaType.APPLICATION_JSON)
                        .retrieve()))
                .timeout(readTimeout);
        return breakers.create(backend.id()).run(call);
    }
}
