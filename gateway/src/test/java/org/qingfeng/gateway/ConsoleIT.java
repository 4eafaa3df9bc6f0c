package org.qingfeng.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The console over HTTP: what it shows, in which language, under which headers. */
class ConsoleIT extends StubbedGateway {

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
                .contentType("text/html;charset=UTF-8")
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
}
