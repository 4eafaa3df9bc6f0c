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

    /**
     * A GET of JSON whose answer the caller needs to tell apart: a 2xx as {@code type}, a refusal
     * (404 for a record unknown or out of scope) as its problem. A refusal is the service's answer,
     * not a breaker failure; only a service that cannot be reached or does not answer fails.
     */
    public <T> Mono<Answer<T>> answer(Backend backend, String uri, Class<T> type, Object... uriVariables) {
        Mono<Answer<T>> call = Mono.defer(() -> clients.of(backend)
                        .get()
                        .uri(uri, uriVariables)
                        .accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON)
                        .exchangeToMono(response -> ServiceWrites.read(response, type)))
                .timeout(readTimeout);
        return breakers.create(backend.id()).run(call);
    }
}
