package org.qingfeng.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The routes against stub services: intake and disposal up, analysis down. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class GatewayRoutingIT {

    static final StubBackend intake = BackendFixtures.anyIntake()
            .drop("POST", "/api/receipts/status")
            .drop("GET", "/api/network/nodes")
            .json("PUT", "/api/network/nodes", 502, "{\"status\":502}");
    static final StubBackend disposal = BackendFixtures.anyDisposal();

    @LocalServerPort
    int port;

    @Autowired
    CircuitBreakerRegistry breakers;

    WebTestClient client;

    @DynamicPropertySource
    static void backends(DynamicPropertyRegistry registry) {
        registry.add("gateway.backends.intake", intake::url);
        registry.add("gateway.backends.analysis", StubBackend::unreachableUrl);
        registry.add("gateway.backends.disposal", disposal::url);
    }

    @AfterAll
    static void stopBackends() {
        intake.close();
        disposal.close();
    }

    @BeforeEach
    void connect() {
        client = WebTestClient.bindToServer()
                .baseUrl("http://127.0.0.1:" + port)
                .responseTimeout(Duration.ofSeconds(10))
                .build();
    }

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
        client.get()
                .uri("/api/network/nodes")
                .exchange()
                .expectStatus()
                .isEqualTo(503)
                .expectBody()
                .jsonPath("$.service")
                .isEqualTo("intake");

        assertThat(intake.hits("GET", "/api/network/nodes")).isEqualTo(3);
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
    void routesWarningQueriesToDisposal() {
        client.get()
                .uri("/api/warnings?limit=20")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.warnings[0].colour")
                .isEqualTo("RED");
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
    void rendersTheConsoleWithItemsAndWarningsButNeverADescription() {
        assertThat(text("/")).contains("hx-get=\"/console/fragments/items\"", "hx-trigger=\"load, every 3s\"");
        assertThat(text("/console/fragments/items"))
                .contains("330281-101", "330281-D03", "工作作风", "立即报送", "已预警", "2026-11-03 09:15")
                .doesNotContain(BackendFixtures.CONFIDENTIAL_DESCRIPTION);
        assertThat(text("/console/fragments/warnings"))
                .contains("badge-red", "红色预警", "immediate item: file a case", "2026-11-03 09:15");
        client.get()
                .uri("/console/data/warnings-by-colour")
                .exchange()
                .expectBody()
                .jsonPath("$.available")
                .isEqualTo(true)
                .jsonPath("$.bars[0].label")
                .isEqualTo("蓝色预警")
                .jsonPath("$.bars[0].count")
                .isEqualTo(3);
    }

    @Test
    void switchesTheConsoleToEnglishAndRemembersIt() {
        client.get()
                .uri("/?lang=en")
                .exchange()
                .expectHeader()
                .value("Set-Cookie", cookie -> assertThat(cookie).startsWith("qingfeng-lang=en;"))
                .expectBody(String.class)
                .value(page -> assertThat(page).contains("<html lang=\"en\">", "Recent warning items"));
        client.get()
                .uri("/console/fragments/items")
                .cookie("qingfeng-lang", "en")
                .exchange()
                .expectBody(String.class)
                .value(fragment -> assertThat(fragment).contains("Subject area", "Work style", "Immediate"));
    }

    @Test
    void guardsConsoleResponsesWithSecurityHeaders() {
        client.get()
                .uri("/")
                .exchange()
                .expectHeader()
                .valueEquals("X-Content-Type-Options", "nosniff")
                .expectHeader()
                .valueEquals("X-Frame-Options", "DENY")
                .expectHeader()
                .valueEquals("Referrer-Policy", "no-referrer")
                .expectHeader()
                .value(
                        "Content-Security-Policy",
                        csp -> assertThat(csp).contains("script-src 'self'").doesNotContain("unsafe-inline"))
                .expectBody(Void.class);
    }

    @Test
    void servesHtmxAndEchartsFromTheWebJars() {
        assertThat(text("/webjars/htmx.org/dist/htmx.min.js")).contains("htmx");
        client.get()
                .uri("/webjars/echarts/echarts.min.js")
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .contentTypeCompatibleWith("text/javascript")
                .expectBody(Void.class);
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

    private String text(String path) {
        return client.get()
                .uri(path)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
    }
}
