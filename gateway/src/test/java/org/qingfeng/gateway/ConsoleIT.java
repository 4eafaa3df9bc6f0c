package org.qingfeng.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The console over HTTP: what it shows, in which language, under which headers. */
class ConsoleIT extends StubbedGateway {

    @Test
    void rendersTheConsoleWithItemsAndWarningsButNeverADescription() {
        assertThat(text("/")).contains("hx-get=\"/console/fragments/items\"", "hx-trigger=\"load, every 3s\"");
        assertThat(text("/console/fragments/items"))
                .contains("工作作风", "立即报送", "已预警", "2026-11-03 09:15")
                .doesNotContain(BackendFixtures.CONFIDENTIAL_DESCRIPTION);
        String warnings = text("/console/fragments/warnings");
        assertThat(disposal.lastQuery("GET", "/api/cases")).isEqualTo("state=OPEN&limit=20");
        assertThat(warnings)
                .contains("badge-orange", "橙色预警 / Orange", "橙色预警：限期整改 / Orange: rectification with a deadline")
                .contains("2026-11-11 00:00", "逾期 / Overdue", "badge-blue", "蓝色预警：书面说明");
        assertThat(warnings.indexOf("badge-orange"))
                .as("disposal's order kept: the overdue case first")
                .isLessThan(warnings.indexOf("badge-blue"));
        assertThat(warnings.split("逾期 / Overdue", -1))
                .as("only the overdue case is marked")
                .hasSize(2);
    }

    @Test
    void namesTownshipsAndUnitsWithTheirCodesBeneathAndShowsAnUnknownCodeAsItself() {
        String items = text("/console/fragments/items");
        assertThat(items)
                .contains("<span>城关镇</span>", "<span class=\"code\">330281-101</span>")
                .contains("<span>县住房和城乡建设局</span>", "<span class=\"code\">330281-D03</span>")
                .contains("<span>青山镇</span>", "<span>330281-D05</span>")
                .doesNotContain("<span class=\"code\">330281-D05</span>");
        assertThat(text("/console/fragments/warnings")).contains("<span>县住房和城乡建设局</span>", "title=\"330281-D03\"");
    }

    @Test
    void readsTheNetworkNamesOnceForManyRowsAndRenders() {
        int before = intake.hits("GET", "/api/network/nodes");
        for (int render = 0; render < 3; render++) {
            assertThat(text("/console/fragments/items")).contains("城关镇");
            assertThat(text("/console/fragments/warnings")).contains("县住房和城乡建设局");
        }

        assertThat(intake.hits("GET", "/api/network/nodes") - before)
                .as("reads of the registry while its names are fresh (a time-to-live may end once)")
                .isLessThanOrEqualTo(1);
        client.get()
                .uri("/console/data/warnings-by-colour")
                .exchange()
                .expectBody()
                .jsonPath("$.available")
                .isEqualTo(true)
                .jsonPath("$.bars[0].label")
                .isEqualTo("蓝色预警")
                .jsonPath("$.bars[0].count")
                .isEqualTo(1)
                .jsonPath("$.bars[2].count")
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
                .value(fragment -> assertThat(fragment)
                        .contains("Subject area", "Work style", "Medical ethics", "Immediate", "城关镇"));
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
