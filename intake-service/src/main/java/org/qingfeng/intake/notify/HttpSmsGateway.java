package org.qingfeng.intake.notify;

import io.micrometer.core.instrument.MeterRegistry;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sends SMS through an HTTP gateway: {@code POST {to, text}} as JSON with a bearer token, bounded by
 * a connect timeout and an answer timeout. Any 2xx answer means the gateway took the message.
 */
final class HttpSmsGateway implements SmsGateway {

    private final HttpClient client;
    private final URI url;
    private final @Nullable String token;
    private final Duration timeout;
    private final NotifyMetrics metrics;

    HttpSmsGateway(URI url, @Nullable String token, Duration connectTimeout, Duration timeout, MeterRegistry meters) {
        this.client = HttpClient.newBuilder().connectTimeout(connectTimeout).build();
        this.url = url;
        this.token = token;
        this.timeout = timeout;
        this.metrics = new NotifyMetrics(meters, NotifyMetrics.SMS);
    }

    record Message(String to, String text) {

        /** Never the recipient's number. */
        @Override
        public String toString() {
            return "Message[to withheld, " + text.length() + " characters]";
        }
    }

    @Override
    public void send(String phone, String text) {
        HttpRequest.Builder request = HttpRequest.newBuilder(url)
                .timeout(timeout)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        JsonMapper.shared().writeValueAsString(new Message(phone, text)), StandardCharsets.UTF_8));
        if (token != null && !token.isBlank()) {
            request.header("Authorization", "Bearer " + token);
        }
        int status = exchange(request.build());
        if (status / 100 != 2) {
            metrics.failed();
            throw new NotificationFailed("the SMS gateway answered " + status);
        }
        metrics.sent();
    }

    private int exchange(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            metrics.failed();
            throw new NotificationFailed(
                    "the SMS gateway was not reached: " + e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            metrics.failed();
            throw new NotificationFailed("interrupted while sending an SMS");
        }
    }
}
