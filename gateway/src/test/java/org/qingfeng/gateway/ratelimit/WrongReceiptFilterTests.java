package org.qingfeng.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.web.server.WebFilterChain;

class WrongReceiptFilterTests {

    private final AtomicLong now = new AtomicLong();
    private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    private final WrongReceipts wrongReceipts =
            new WrongReceipts(new RateLimitSettings(100, 100, 100, 3, List.of()), meters, now::get);
    private final WrongReceiptFilter filter = new WrongReceiptFilter(wrongReceipts);
    private final AtomicInteger reachedIntake = new AtomicInteger();

    private WebFilterChain intakeAnswers(HttpStatus status) {
        return exchange -> {
            reachedIntake.incrementAndGet();
            exchange.getResponse().setStatusCode(status);
            return exchange.getResponse().setComplete();
        };
    }

    @Test
    void refusesEveryLookUpFromAnAddressOnceItsWrongReceiptsAreSpent() {
        for (int i = 0; i < 3; i++) {
            filter.filter(lookUp("203.0.113.9"), intakeAnswers(HttpStatus.NOT_FOUND))
                    .block();
        }
        MockServerWebExchange fourth = lookUp("203.0.113.9");

        filter.filter(fourth, intakeAnswers(HttpStatus.OK)).block();

        assertThat(reachedIntake).hasValue(3);
        assertThat(fourth.getResponse().getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
        assertThat(fourth.getResponse().getHeaders().getFirst("Retry-After")).isEqualTo("1200");
        assertThat(fourth.getResponse().getBodyAsString().block())
                .contains("\"title\":\"请求过于频繁 / Too many requests\"", "\"status\":429");
        assertThat(meters.get("gateway.rate.limited")
                        .tag("route-kind", "wrong-receipt")
                        .counter()
                        .count())
                .isEqualTo(1.0);
    }

    @Test
    void spendsNothingForReceiptsThatExistNorForOtherAddresses() {
        for (int i = 0; i < 10; i++) {
            filter.filter(lookUp("203.0.113.9"), intakeAnswers(HttpStatus.OK)).block();
        }
        for (int i = 0; i < 3; i++) {
            filter.filter(lookUp("198.51.100.7"), intakeAnswers(HttpStatus.NOT_FOUND))
                    .block();
        }
        MockServerWebExchange stillWelcome = lookUp("203.0.113.9");

        filter.filter(stillWelcome, intakeAnswers(HttpStatus.OK)).block();

        assertThat(stillWelcome.getResponse().getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(wrongReceipts.refusal(lookUp("198.51.100.7"))).isPresent();
    }

    @Test
    void givesOneWrongReceiptBackAfterATwentiethOfAnHour() {
        for (int i = 0; i < 3; i++) {
            filter.filter(lookUp("203.0.113.9"), intakeAnswers(HttpStatus.NOT_FOUND))
                    .block();
        }
        now.addAndGet(Duration.ofMinutes(20).toNanos());

        assertThat(wrongReceipts.refusal(lookUp("203.0.113.9"))).isEmpty();
    }

    @Test
    void leavesOtherPathsAlone() {
        for (int i = 0; i < 5; i++) {
            MockServerWebExchange other = MockServerWebExchange.from(MockServerHttpRequest.get("/api/items/x")
                    .remoteAddress(new InetSocketAddress("203.0.113.9", 5000))
                    .build());
            filter.filter(other, intakeAnswers(HttpStatus.NOT_FOUND)).block();
        }

        assertThat(reachedIntake).hasValue(5);
        assertThat(wrongReceipts.refusal(lookUp("203.0.113.9"))).isEmpty();
    }

    private static MockServerWebExchange lookUp(String address) {
        return MockServerWebExchange.from(MockServerHttpRequest.post("/api/receipts/status")
                .remoteAddress(new InetSocketAddress(address, 5000))
                .build());
    }
}
