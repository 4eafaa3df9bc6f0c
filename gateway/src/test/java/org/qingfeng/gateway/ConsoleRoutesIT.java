package org.qingfeng.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.web.reactive.function.BodyInserters;

/** The routes the network issue added, proxied to stubs that are all up. */
class ConsoleRoutesIT extends StubbedServices {

    @Test
    void streamsAWorkbookOfTenMegabytesToIntake() {
        byte[] workbook = new byte[10 * 1024 * 1024];
        MultipartBodyBuilder parts = new MultipartBodyBuilder();
        parts.part("file", new ByteArrayResource(workbook))
                .filename("county.xlsx")
                .contentType(
                        MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));

        client.post()
                .uri("/api/network/import")
                .body(BodyInserters.fromMultipartData(parts.build()))
                .exchange()
                .expectStatus()
                .isAccepted()
                .expectBody()
                .jsonPath("$.informants")
                .isEqualTo(2000);

        StubBackend.Received received = intake.lastRequest("POST", "/api/network/import");
        assertThat(received.contentType()).startsWith("multipart/form-data");
        assertThat(received.body().length).isGreaterThan(workbook.length);
    }

    @Test
    void proxiesTheReportingWindowsToIntakeWithTheirQuery() {
        client.get()
                .uri("/api/reporting/windows?from=2026-10-01&to=2026-12-31")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.windows[0].state")
                .isEqualTo("LATE");

        assertThat(intake.lastQuery("GET", "/api/reporting/windows")).isEqualTo("from=2026-10-01&to=2026-12-31");
    }

    @Test
    void proxiesAnAppointmentToIntakeWithTheIdentityInTheBodyOnly() {
        client.post()
                .uri("/api/informants")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"number\":\"QF-ROUTE-1\",\"name\":\"x\",\"phone\":\"13900000000\"}")
                .exchange()
                .expectStatus()
                .isCreated()
                .expectBody()
                .jsonPath("$.informantToken")
                .isEqualTo(BackendFixtures.APPOINTED_TOKEN);

        assertThat(intake.lastRequest("POST", "/api/informants").text()).contains("QF-ROUTE-1");
    }

    @Test
    void proxiesTheAssessmentToAnalysisAndTheSignalsToDisposal() {
        client.get()
                .uri("/api/assessments/2026")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.informants[1].recommendation")
                .isEqualTo("DISMISS");
        client.get()
                .uri("/api/reporting-signals?limit=5")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.signals[0].state")
                .isEqualTo("MISSING");

        assertThat(disposal.lastQuery("GET", "/api/reporting-signals")).isEqualTo("limit=5");
    }
}
