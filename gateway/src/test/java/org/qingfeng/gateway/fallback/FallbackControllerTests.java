package org.qingfeng.gateway.fallback;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.qingfeng.gateway.GatewayProperties;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.util.unit.DataSize;

class FallbackControllerTests {

    private final WebTestClient client = WebTestClient.bindToController(new FallbackController(anyProperties()))
            .build();

    @ParameterizedTest
    @CsvSource({
        "intake, 受理服务暂不可用 / Intake service unavailable",
        "analysis, 研判服务暂不可用 / Analysis service unavailable",
        "disposal, 处置服务暂不可用 / Disposal service unavailable",
        "auth, 认证服务暂不可用 / Sign-in service unavailable",
        "audit, 审计服务暂不可用 / Audit service unavailable"
    })
    void answersAProblemNamingTheUnavailableService(String service, String title) {
        client.post()
                .uri("/fallback/" + service)
                .exchange()
                .expectStatus()
                .isEqualTo(503)
                .expectHeader()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader()
                .valueEquals("Retry-After", "15")
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo(503)
                .jsonPath("$.title")
                .isEqualTo(title)
                .jsonPath("$.service")
                .isEqualTo(service)
                .jsonPath("$.detail")
                .value(detail -> assertThat((String) detail).contains("请稍后重试", "please retry later"));
    }

    @Test
    void knowsNothingOfAServiceThatIsNotBehindTheGateway() {
        client.get()
                .uri("/fallback/payroll")
                .exchange()
                .expectStatus()
                .isNotFound()
                .expectBody()
                .isEmpty();
    }

    private static GatewayProperties anyProperties() {
        URI nowhere = URI.create("http://127.0.0.1:9");
        return new GatewayProperties(
                new GatewayProperties.Backends(nowhere, nowhere, nowhere, nowhere, nowhere),
                new GatewayProperties.Console(
                        Duration.ofSeconds(1),
                        20,
                        ZoneId.of("Asia/Shanghai"),
                        Duration.ofSeconds(60),
                        Duration.ofSeconds(5),
                        Duration.ofSeconds(60),
                        DataSize.ofMegabytes(10)),
                new GatewayProperties.Fallback(Duration.ofSeconds(15)));
    }
}
