package org.qingfeng.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.InetSocketAddress;
import java.security.Principal;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

class RateLimitFilterTests {

    private final AtomicLong now = new AtomicLong();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final RateLimitFilter filter =
            new RateLimitFilter(new RateLimitSettings(2, 3, 4, 10, List.of("10.0.0.2")), meters, now::get);
    private final AtomicInteger passed = new AtomicInteger();
    private final WebFilterChain chain = exchange -> {
        passed.incrementAndGet();
        return Mono.empty();
    };

    @Test
    void refusesTheThirdAnonymousSubmissionFromOneAddressWithRetryAfterAndCountsIt() {
        MockServerWebExchange first = submission("203.0.113.9", null);
        filter.filter(first, chain).block();
        filter.filter(submission("203.0.113.9", null), chain).block();
        MockServerWebExchange third = submission("203.0.113.9", null);

        filter.filter(third, chain).block();

        assertThat(passed).hasValue(2);
        assertThat(third.getResponse().getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(third.getResponse().getHeaders().getFirst("Retry-After")).isEqualTo("30");
        assertThat(third.getResponse().getBodyAsString().block())
                .contains("\"title\":\"请求过于频繁 / Too many requests\"", "\"status\":429");
        assertThat(meters.get("gateway.rate.limited")
                        .tag("route-kind", "submission")
                        .counter()
                        .count())
                .isEqualTo(1.0);
        assertThat(meters.get("gateway.rate.limited").counter().getId().getTags())
                .allSatisfy(tag -> assertThat(tag.getKey()).isEqualTo("route-kind"));
    }

    @Test
    void countsAnotherAddressSeparatelyAndBelievesForwardedForOnlyFromATrustedProxy() {
        filter.filter(submission("203.0.113.9", null), chain).block();
        filter.filter(submission("203.0.113.9", null), chain).block();

        filter.filter(submission("10.0.0.2", "198.51.100.1"), chain).block();
        filter.filter(submission("10.0.0.2", "198.51.100.1"), chain).block();
        MockServerWebExchange spoofed = submission("203.0.113.9", "198.51.100.2");
        filter.filter(spoofed, chain).block();

        assertThat(passed).hasValue(4);
        assertThat(spoofed.getResponse().getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
    }

    @Test
    void limitsReceiptLookUpsInTheirOwnBucket() {
        filter.filter(submission("203.0.113.9", null), chain).block();
        filter.filter(submission("203.0.113.9", null), chain).block();

        for (int i = 0; i < 3; i++) {
            filter.filter(post("/api/receipts/status", "203.0.113.9", null), chain)
                    .block();
        }
        MockServerWebExchange fourth = post("/api/receipts/status", "203.0.113.9", null);
        filter.filter(fourth, chain).block();

        assertThat(passed).hasValue(5);
        assertThat(fourth.getResponse().getHeaders().getFirst("Retry-After")).isEqualTo("20");
        assertThat(meters.get("gateway.rate.limited")
                        .tag("route-kind", "receipt")
                        .counter()
                        .count())
                .isEqualTo(1.0);
    }

    @Test
    void limitsASignedInPrincipalOnEveryRequestWhateverItsAddress() {
        for (int i = 0; i < 4; i++) {
            filter.filter(signedIn("u-0001", "203.0.113." + i), chain).block();
        }
        ServerWebExchange fifth = signedIn("u-0001", "203.0.113.99");
        filter.filter(fifth, chain).block();
        filter.filter(signedIn("u-0002", "203.0.113.1"), chain).block();

        assertThat(passed).hasValue(5);
        assertThat(fifth.getResponse().getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(fifth.getResponse().getHeaders().getFirst("Retry-After")).isEqualTo("15");
    }

    @Test
    void leavesAnonymousReadsToTheSecurityChain() {
        for (int i = 0; i < 10; i++) {
            filter.filter(
                            MockServerWebExchange.from(MockServerHttpRequest.get("/api/ping")
                                    .remoteAddress(new InetSocketAddress("203.0.113.9", 5000))),
                            chain)
                    .block();
        }

        assertThat(passed).hasValue(10);
    }

    private static MockServerWebExchange submission(String peer, String forwardedFor) {
        return post("/api/items", peer, forwardedFor);
    }

    private static MockServerWebExchange post(String path, String peer, String forwardedFor) {
        MockServerHttpRequest.BodyBuilder request =
                MockServerHttpRequest.post(path).remoteAddress(new InetSocketAddress(peer, 5000));
        if (forwardedFor != null) {
            request.header("X-Forwarded-For", forwardedFor);
        }
        return MockServerWebExchange.from(request);
    }

    private static ServerWebExchange signedIn(String subject, String peer) {
        Principal principal = new TestingAuthenticationToken(subject, "n/a", "ROLE_TOWNSHIP_STAFF");
        return MockServerWebExchange.from(
                        MockServerHttpRequest.get("/console/network").remoteAddress(new InetSocketAddress(peer, 5000)))
                .mutate()
                .principal(Mono.just(principal))
                .build();
    }
}
