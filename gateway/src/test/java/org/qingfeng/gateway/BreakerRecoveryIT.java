package org.qingfeng.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The audit service stopped (a port nobody listens on): its breaker opens, the route answers the
 * fallback at once while it is open, and closes again through half-open once the service is back
 * on the same port.
 */
class BreakerRecoveryIT extends StubbedGateway {

    private static final Logger log = LoggerFactory.getLogger(BreakerRecoveryIT.class);

    @Autowired
    CircuitBreakerRegistry breakers;

    @Test
    void answersTheFallbackAtOnceWhileOpenAndRecoversWhenTheServiceReturns() {
        CircuitBreaker audit = breakers.circuitBreaker("audit");
        for (int call = 0; call < 6; call++) {
            client.get().uri("/api/audit/records").exchange().expectStatus().isEqualTo(503);
        }
        await().atMost(Duration.ofSeconds(5)).until(() -> audit.getState() == CircuitBreaker.State.OPEN);

        long started = System.nanoTime();
        client.get()
                .uri("/api/audit/records")
                .exchange()
                .expectStatus()
                .isEqualTo(503)
                .expectHeader()
                .valueEquals("Retry-After", "10")
                .expectBody()
                .jsonPath("$.title")
                .isEqualTo("审计服务暂不可用 / Audit service unavailable")
                .jsonPath("$.service")
                .isEqualTo("audit");
        Duration open = Duration.ofNanos(System.nanoTime() - started);
        log.info("fallback while the audit breaker is open answered in {} ms (goal: 50 ms)", open.toMillis());
        System.out.printf("open-breaker fallback: %d ms%n", open.toMillis());
        // Generous: the goal is 50 ms, the bound only catches a call that waited for the service.
        assertThat(open).isLessThan(Duration.ofMillis(900));

        try (StubBackend back =
                StubBackend.startOn(auditPort).json("GET", "/api/audit/records", 200, "{\"records\":[]}")) {
            await().atMost(Duration.ofSeconds(20))
                    .pollInterval(Duration.ofMillis(200))
                    .untilAsserted(() -> {
                        client.get()
                                .uri("/api/audit/records")
                                .exchange()
                                .expectStatus()
                                .isOk();
                        assertThat(audit.getState()).isEqualTo(CircuitBreaker.State.CLOSED);
                    });
            assertThat(back.hits("GET", "/api/audit/records")).isGreaterThanOrEqualTo(3);
            assertThat(back.lastRequest("GET", "/api/audit/records").authorization())
                    .startsWith("Bearer ey");
        }
    }
}
