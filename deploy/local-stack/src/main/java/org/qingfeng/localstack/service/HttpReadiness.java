package org.qingfeng.localstack.service;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.BooleanSupplier;

/** True once {@code GET /actuator/health/readiness} answers 200 (UP, Kafka and Mongo included). */
final class HttpReadiness implements BooleanSupplier {

    private static final HttpClient CLIENT =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final HttpRequest request;

    HttpReadiness(int port, String contextPath) {
        this.request = HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + contextPath + "/actuator/health/readiness"))
                .timeout(Duration.ofSeconds(3))
                .GET()
                .build();
    }

    @Override
    public boolean getAsBoolean() {
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
