package org.qingfeng.intake;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

class OperationsIT extends IntakeIntegrationTest {

    @Test
    void isReadyOnlyWithKafkaAndMongoChecked() {
        http.get()
                .uri("/actuator/health/readiness")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo("UP")
                .jsonPath("$.components.kafka.status")
                .isEqualTo("UP")
                .jsonPath("$.components.mongo.status")
                .isEqualTo("UP");
    }

    @Test
    void exposesTheSubmissionMetricsToPrometheusTaggedWithTheApplication() {
        http.post()
                .uri("/api/items")
                .contentType(MediaType.TEXT_PLAIN)
                .body("not json")
                .exchange()
                .expectStatus()
                .isEqualTo(415);

        String scrape = http.get()
                .uri("/actuator/prometheus")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();

        assertThat(scrape)
                .contains(
                        "intake_items_rejected_total{application=\"intake-service\",reason=\"unsupported-media-type\"}");
    }
}
