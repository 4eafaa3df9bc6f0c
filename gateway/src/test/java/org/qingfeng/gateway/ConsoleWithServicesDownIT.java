package org.qingfeng.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Every service down: the console still renders and says plainly what is unavailable. */
class ConsoleWithServicesDownIT extends RunningGateway {

    @DynamicPropertySource
    static void backends(DynamicPropertyRegistry registry) {
        registry.add("gateway.backends.intake", StubBackend::unreachableUrl);
        registry.add("gateway.backends.analysis", StubBackend::unreachableUrl);
        registry.add("gateway.backends.disposal", StubBackend::unreachableUrl);
    }

    @Test
    void rendersThePageWhileEveryServiceIsDown() {
        assertThat(text("/")).contains("清风预警网 · 工作台", "/console/fragments/items");
    }

    @Test
    void rendersAnItemPageSayingIntakeIsUnavailable() {
        assertThat(text("/console/items/" + BackendFixtures.ITEM_ID))
                .contains("受理服务暂不可用 / Intake service unavailable")
                .doesNotContain("id=\"item\"", "没有这个事项");
    }

    @Test
    void showsTheItemsPanelAsUnavailable() {
        assertThat(text("/console/fragments/items"))
                .contains("受理服务暂不可用 / Intake service unavailable")
                .doesNotContain("<table");
    }

    @Test
    void showsTheWarningsPanelAsUnavailableInEnglishToo() {
        String fragment = client.get()
                .uri("/console/fragments/warnings")
                .cookie("qingfeng-lang", "en")
                .exchange()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();

        assertThat(fragment).contains("Disposal service unavailable");
    }

    @Test
    void marksTheChartDataUnavailable() {
        client.get()
                .uri("/console/data/warnings-by-colour")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.available")
                .isEqualTo(false);
    }

    @Test
    void answersASubmissionWithAProblemNamingIntake() {
        client.post()
                .uri("/api/items")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{}")
                .exchange()
                .expectStatus()
                .isEqualTo(503)
                .expectBody()
                .jsonPath("$.title")
                .isEqualTo("受理服务暂不可用 / Intake service unavailable");
    }

    @Test
    void rendersEveryConsolePageSayingWhichServiceIsUnavailable() {
        assertThat(text("/console/network")).contains("网络结构", "受理服务暂不可用 / Intake service unavailable");
        assertThat(text("/console/informants?node=330281-101"))
                .contains("任命信息员", "受理服务暂不可用 / Intake service unavailable")
                .doesNotContain("id=\"roster-table\"");
        assertThat(text("/console/assessment?year=2026"))
                .contains("研判服务暂不可用 / Analysis service unavailable")
                .doesNotContain("id=\"ranking-table\"");
        assertThat(text("/console/reporting"))
                .contains("受理服务暂不可用 / Intake service unavailable", "处置服务暂不可用 / Disposal service unavailable");
    }

    @Test
    void rendersEveryAnalysisPageSayingAnalysisIsUnavailable() {
        for (String page : new String[] {
            "/console/triage?month=2026-11",
            "/console/analysis?month=2026-11",
            "/console/periods/2026-11",
            "/console/periods?year=2026",
            "/console/index?quarter=2026-Q3",
            "/console/register",
            "/console/reports/2026-Q3"
        }) {
            assertThat(text(page))
                    .as(page)
                    .contains("研判服务暂不可用 / Analysis service unavailable")
                    .doesNotContain("Exception");
        }
    }

    @Test
    void saysAFormWasNotDeliveredWhileAnalysisIsDown() {
        assertThat(postForm("/console/triage/decide", "row=0&itemId=x&decision=UNFOUNDED")
                        .expectBody(String.class)
                        .returnResult()
                        .getResponseBody())
                .contains("notice-unavailable", "研判服务暂不可用 / Analysis service unavailable");
    }

    @Test
    void saysAChangeWasNotDeliveredWhileIntakeIsDown() {
        String answer = postForm(
                        "/console/informants/appoint",
                        "number=QF-DOWN-1&name=x&phone=13900000000&homeNodeCode=330281-101")
                .expectHeader()
                .doesNotExist("HX-Trigger")
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();

        assertThat(answer)
                .contains("notice-unavailable", "受理服务暂不可用 / Intake service unavailable")
                .doesNotContain("QF-DOWN-1", "id=\"appoint-form\"");
    }
}
