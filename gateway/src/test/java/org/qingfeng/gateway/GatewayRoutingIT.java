package org.qingfeng.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/** The routes, their retries, breakers and fallbacks. */
class GatewayRoutingIT extends StubbedGateway {

    @Autowired
    CircuitBreakerRegistry breakers;

    @Test
    void proxiesTheItemsQueryToIntakeWithItsQuery() {
        client.get()
                .uri("/api/items?limit=20")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.items[0].townshipCode")
                .isEqualTo("330281-101");

        assertThat(intake.lastQuery("GET", "/api/items")).isEqualTo("limit=20");
    }

    @Test
    void passesIntakesOwnTooLargeAnswerThrough() {
        byte[] oversized = new byte[2 * 1024 * 1024];

        client.post()
                .uri("/api/items")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue(oversized)
                .exchange()
                .expectStatus()
                .isEqualTo(413)
                .expectBody()
                .jsonPath("$.title")
                .isEqualTo("提交内容过大 / Submission too large");
    }

    @Test
    void sendsAPostOnceEvenWhenTheServiceDropsTheConnection() {
        client.post()
                .uri("/api/receipts/status")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"receipt\":\"R-1\"}")
                .exchange()
                .expectStatus()
                .isEqualTo(503)
                .expectBody()
                .jsonPath("$.service")
                .isEqualTo("intake");

        assertThat(intake.hits("POST", "/api/receipts/status")).isEqualTo(1);
    }

    @Test
    void retriesAGetTwiceWhenTheServiceDropsTheConnection() {
        String dropped = "/api/items/" + BackendFixtures.DROPPED_ITEM_ID;

        client.get()
                .uri(dropped)
                .exchange()
                .expectStatus()
                .isEqualTo(503)
                .expectBody()
                .jsonPath("$.service")
                .isEqualTo("intake");

        assertThat(intake.hits("GET", dropped)).isEqualTo(3);
    }

    @Test
    void passesAServiceErrorThroughWithoutRetrying() {
        client.put()
                .uri("/api/network/nodes")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("[]")
                .exchange()
                .expectStatus()
                .isEqualTo(502)
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo(502);

        assertThat(intake.hits("PUT", "/api/network/nodes")).isEqualTo(1);
    }

    @Test
    void routesCaseQueriesToDisposal() {
        client.get()
                .uri("/api/cases?state=OPEN&limit=20")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.cases[0].colour")
                .isEqualTo("ORANGE")
                .jsonPath("$.counts.overdue")
                .isEqualTo(1);
        assertThat(disposal.lastRequest("GET", "/api/cases").authorization()).startsWith("Bearer ");
    }

    @Test
    void answersAProblemNamingAnalysisQuicklyWhenItIsDown() {
        long started = System.nanoTime();

        client.get()
                .uri("/api/ledgers/2026-11")
                .exchange()
                .expectStatus()
                .isEqualTo(503)
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader()
                .valueEquals("Retry-After", "10")
                .expectBody()
                .jsonPath("$.title")
                .isEqualTo("研判服务暂不可用 / Analysis service unavailable")
                .jsonPath("$.service")
                .isEqualTo("analysis");

        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void opensTheAnalysisBreakerAfterRepeatedFailuresAndExportsItsState() {
        for (int call = 0; call < 6; call++) {
            client.get()
                    .uri("/api/ledgers/2026-10")
                    .exchange()
                    .expectStatus()
                    .isEqualTo(503)
                    .expectBody()
                    .jsonPath("$.service")
                    .isEqualTo("analysis");
        }

        await().atMost(Duration.ofSeconds(5))
                .until(() -> breakers.circuitBreaker("analysis").getState() == CircuitBreaker.State.OPEN);
        assertThat(prometheus())
                .contains("resilience4j_circuitbreaker_state{application=\"gateway\",group=\"none\","
                        + "name=\"analysis\",state=\"open\"} 1.0")
                .contains("resilience4j_circuitbreaker_state{application=\"gateway\",group=\"none\","
                        + "name=\"intake\",state=\"closed\"} 1.0");
    }

    @Test
    void reportsReadinessAndTagsMetricsWithTheApplication() {
        client.get()
                .uri("/actuator/health/readiness")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo("UP");

        assertThat(prometheus()).contains("application=\"gateway\"");
    }

    private String prometheus() {
        return text("/actuator/prometheus");
    }
}
