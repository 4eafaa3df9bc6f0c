package org.qingfeng.gateway.console;

import java.time.Duration;
import java.util.Map;
import org.qingfeng.gateway.Backend;
import org.qingfeng.gateway.GatewayProperties;
import org.springframework.cloud.client.circuitbreaker.ReactiveCircuitBreakerFactory;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.BodyInserters;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

/**
 * The console's changes and body-carrying reads, sent as JSON through the same circuit breakers as
 * the routes. Never retried: a change is sent once. A service's own answer, 400 or 503 alike, is an
 * {@link Answer} and not a breaker failure, as on the routes; only a service that cannot be reached
 * or does not answer in time fails the call. Bodies are never logged: they may carry an identity.
 */
@Component
public class ServiceWrites {

    /** The breaker of workbook uploads: intake's, with a time limit that fits a county's import. */
    static final String IMPORT_BREAKER = "intake-import";

    /** The breaker of analysis's workbook uploads (the risk-point register), with the same time limit. */
    public static final String ANALYSIS_IMPORT_BREAKER = "analysis-import";

    /** The breaker of a department's reply with its files: disposal's, with an upload's time limit. */
    public static final String DISPOSAL_UPLOAD_BREAKER = "disposal-upload";

    private final BackendClients clients;
    private final ReactiveCircuitBreakerFactory<?, ?> breakers;
    private final Duration writeTimeout;
    private final Duration importTimeout;

    ServiceWrites(GatewayProperties properties, ReactiveCircuitBreakerFactory<?, ?> breakers, BackendClients clients) {
        this.breakers = breakers;
        this.writeTimeout = properties.console().writeTimeout();
        this.importTimeout = properties.console().importTimeout();
        this.clients = clients;
    }

    /** Sends {@code body} as JSON with {@code method} and reads a 2xx answer as {@code type}. */
    public <T> Mono<Answer<T>> send(Backend backend, HttpMethod method, String uri, Object body, Class<T> type) {
        Mono<Answer<T>> call = Mono.defer(() -> clients.of(backend)
                        .method(method)
                        .uri(uri)
                        .contentType(MediaType.APPLICATION_JSON)
                        .accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON)
                        .bodyValue(body)
                        .exchangeToMono(response -> read(response, type)))
                .timeout(writeTimeout);
        return breakers.create(backend.id()).run(call);
    }

    /**
     * Sends {@code body} as JSON to intake with extra headers (an {@code Idempotency-Key}), with the
     * signed-in user's token or, when {@code anonymously}, with none.
     */
    public <T> Mono<Answer<T>> send(
            String uri, Object body, Map<String, String> headers, boolean anonymously, Class<T> type) {
        Mono<Answer<T>> call = Mono.defer(() -> intake(anonymously)
                        .post()
                        .uri(uri)
                        .headers(h -> headers.forEach(h::set))
                        .contentType(MediaType.APPLICATION_JSON)
                        .accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON)
                        .bodyValue(body)
                        .exchangeToMono(response -> read(response, type)))
                .timeout(writeTimeout);
        return breakers.create(Backend.INTAKE.id()).run(call);
    }

    /**
     * Sends multipart parts to intake (a submission with attachments, a batch workbook) through the
     * upload breaker and time limit, with extra headers, with the user's token or with none.
     */
    public <T> Mono<Answer<T>> upload(
            String uri,
            MultiValueMap<String, HttpEntity<?>> parts,
            Map<String, String> headers,
            boolean anonymously,
            Class<T> type) {
        Mono<Answer<T>> call = Mono.defer(() -> intake(anonymously)
                        .post()
                        .uri(uri)
                        .headers(h -> headers.forEach(h::set))
                        .accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON)
                        .body(BodyInserters.fromMultipartData(parts))
                        .exchangeToMono(response -> read(response, type)))
                .timeout(importTimeout);
        return breakers.create(IMPORT_BREAKER).run(call);
    }

    /**
     * Sends multipart {@code parts} (fields and files) to {@code backend} with the user's token
     * through {@code breaker} (an upload breaker), within the console's import timeout.
     */
    public <T> Mono<Answer<T>> uploadParts(
            Backend backend, String breaker, String uri, MultiValueMap<String, HttpEntity<?>> parts, Class<T> type) {
        Mono<Answer<T>> call = Mono.defer(() -> clients.of(backend)
                        .post()
                        .uri(uri)
                        .accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON)
                        .body(BodyInserters.fromMultipartData(parts))
                        .exchangeToMono(response -> read(response, type)))
                .timeout(importTimeout);
        return breakers.create(breaker).run(call);
    }

    private WebClient intake(boolean anonymously) {
        return anonymously ? clients.anonymous(Backend.INTAKE) : clients.of(Backend.INTAKE);
    }

    /** Uploads a file to intake as the multipart field {@code file}. */
    public <T> Mono<Answer<T>> upload(String uri, String filename, MediaType contentType, byte[] file, Class<T> type) {
        return upload(Backend.INTAKE, IMPORT_BREAKER, uri, filename, contentType, file, type);
    }

    /**
     * Uploads a file to {@code backend} as the multipart field {@code file} through {@code breaker}
     * (an import breaker, whose time limit fits a workbook), within the console's import timeout.
     */
    public <T> Mono<Answer<T>> upload(
            Backend backend,
            String breaker,
            String uri,
            String filename,
            MediaType contentType,
            byte[] file,
            Class<T> type) {
        MultipartBodyBuilder parts = new MultipartBodyBuilder();
        parts.part("file", new ByteArrayResource(file)).filename(filename).contentType(contentType);
        Mono<Answer<T>> call = Mono.defer(() -> clients.of(backend)
                        .post()
                        .uri(uri)
                        .accept(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON)
                        .body(BodyInserters.fromMultipartData(parts.build()))
                        .exchangeToMono(response -> read(response, type)))
                .timeout(importTimeout);
        return breakers.create(breaker).run(call);
    }

    static <T> Mono<Answer<T>> read(ClientResponse response, Class<T> type) {
        int status = response.statusCode().value();
        if (response.statusCode().is2xxSuccessful()) {
            return response.bodyToMono(type)
                    .map(body -> Answer.accepted(status, body))
                    .switchIfEmpty(Mono.fromSupplier(() -> Answer.accepted(status, null)));
        }
        return response.bodyToMono(Problem.class)
                .onErrorResume(unreadable -> response.releaseBody().then(Mono.empty()))
                .defaultIfEmpty(Problem.bare(status))
                .map(problem -> Answer.refused(status, problem));
    }
}
