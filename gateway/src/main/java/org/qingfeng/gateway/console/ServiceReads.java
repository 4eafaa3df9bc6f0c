package org.qingfeng.gateway.console;

import java.time.Duration;
import java.util.function.Function;
import org.qingfeng.gateway.Backend;
import org.qingfeng.gateway.GatewayProperties;
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

    private final BackendClients clients;
    private final ReactiveCircuitBreakerFactory<?, ?> breakers;
    private final Duration readTimeout;

    ServiceReads(GatewayProperties properties, ReactiveCircuitBreakerFactory<?, ?> breakers, BackendClients clients) {
        this.breakers = breakers;
        this.readTimeout = properties.console().readTimeout();
        this.clients = clients;
    }

    /** A GET of JSON whose answer {@code body} reads; each subscription asks the service again. */
    public <T> Mono<T> get(
            Backend backend, String uri, Function<WebClient.ResponseSpec, Mono<T>> body, Object... uriVariables) {
        Mono<T> call = Mono.defer(() -> body.apply(clients.of(backend)
                        .get()
                        .uri(uri, uriVariables)
                        .accept(MediaType.APPLICATION_JSON)
                        .retrieve()))
                .timeout(readTimeout);
        return breakers.create(backend.id()).run(call);
    }
}
