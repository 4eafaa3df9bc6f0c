package org.qingfeng.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.web.reactive.function.BodyInserters;

/**
 * 录入 over HTTP: the on-behalf entry with the receipt to hand over on a no-store page, the monthly
 * batch forwarded as multipart with its refused rows shown, and the quarterly report's exact JSON;
 * each with the signed-in user's token, and none without the CSRF token.
 */
class EntryConsoleIT extends StubbedServices {

    private static final String ON_BEHALF = "channel=LETTER&regionCode=330281-101-001&subjectArea=work-style"
            + "&urgency=ROUTINE&description=%E6%9D%A5%E4%BF%A1%E5%8F%8D%E6%98%A0%E5%8D%AB%E7%94%9F%E9%99%A2%E6%8B%96%E5%BB%B6%E5%8A%9E%E4%BA%8B"
            + "&informantToken=&concerns=&contact=&idempotencyKey=k-1";

    @Test
    void entersOnBehalfAndShowsTheReceiptToHandOverOnAPageNoCacheKeeps() {
        String page = postForm("/console/entry/on-behalf", ON_BEHALF + "&unitCode=330281-D01")
                .expectHeader()
                .value("Cache-Control", value -> assertThat(value).contains("no-store"))
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();

        StubBackend.Received sent = intake.lastRequest("POST", "/api/items/on-behalf");
        assertThat(sent.text())
                .isEqualTo(
                        "{\"regionCode\":\"330281-101-001\",\"unitCode\":\"330281-D01\",\"subjectArea\":\"work-style\","
                                + "\"urgency\":\"ROUTINE\",\"channel\":\"LETTER\",\"submitterKind\":\"STAFF_ON_BEHALF\","
                                + "\"description\":\"来信反映卫生院拖延办事\"}");
        assertThat(sent.authorization()).startsWith("Bearer ");
        assertThat(sent.idempotencyKey()).isEqualTo("k-1");
        assertThat(page).contains("id=\"on-behalf-receipt\"", BackendFixtures.RECEIPT, "无法找回");
    }

    @Test
    void showsIntakesProblemBesideTheOnBehalfField() {
        String page = postForm("/console/entry/on-behalf", ON_BEHALF + "&unitCode=X")
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();

        assertThat(page)
                .contains("id=\"on-behalf-error-unitCode\"", "不是在用的部门或市直单位")
                .doesNotContain("id=\"on-behalf-receipt\"");
    }

    @Test
    void refusesAnEntryWithoutTheCsrfToken() {
        int before = intake.hits("POST", "/api/items/on-behalf");

        anonymous
                .post()
                .uri("/console/entry/on-behalf")
                .cookie(SESSION, session)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .bodyValue(ON_BEHALF + "&unitCode=330281-D01")
                .exchange()
                .expectStatus()
                .isForbidden();

        assertThat(intake.hits("POST", "/api/items/on-behalf")).isEqualTo(before);
    }

    @Test
    void forwardsTheMonthlyBatchAndShowsEachRefusedRow() {
        String accepted = upload("rows");
        String refused = upload(BackendFixtures.BAD_WORKBOOK_MARKER);

        assertThat(intake.lastRequest("POST", "/api/items/batch").contentType()).startsWith("multipart/form-data");
        assertThat(intake.lastRequest("POST", "/api/items/batch").text()).contains("name=\"period\"", "2026-11");
        assertThat(accepted).contains("已导入 12 条");
        assertThat(refused).contains("预警信息 第7行 所属区域代码", "必填 / required");
    }

    @Test
    void filesTheQuarterlyReportAsIntakesJson() {
        String page = postForm(
                        "/console/entry/quarterly",
                        "unitCode=330281-M01&period=2026-Q4&workDynamics=%E8%B5%B0%E8%AE%BF&salientProblems=%E6%8B%96%E5%BB%B6"
                                + "&handlingStatus=%E5%B7%B2%E5%A4%84%E7%90%86&dataTable=%E8%B5%B0%E8%AE%BF%E6%88%B7%E6%95%B0%EF%BC%9A120%0A"
                                + "&itemRegionCode=330281-101-001&itemUnitCode=330281-D01&itemSubjectArea=work-style"
                                + "&itemDescription=%E6%8B%96%E5%BB%B6%E5%8A%9E%E7%90%86%E5%87%BA%E7%94%9F%E8%AF%81%E6%98%8E&idempotencyKey=q-1")
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();

        assertThat(intake.lastRequest("POST", "/api/reporting/quarterly-reports")
                        .text())
                .isEqualTo("{\"unitCode\":\"330281-M01\",\"period\":\"2026-Q4\",\"workDynamics\":\"走访\","
                        + "\"salientProblems\":\"拖延\",\"handlingStatus\":\"已处理\","
                        + "\"dataTable\":[{\"label\":\"走访户数\",\"value\":\"120\"}],"
                        + "\"items\":[{\"regionCode\":\"330281-101-001\",\"unitCode\":\"330281-D01\","
                        + "\"subjectArea\":\"work-style\",\"description\":\"拖延办理出生证明\"}]}");
        assertThat(page).contains("已报送（ON_TIME）");
    }

    private String upload(String content) {
        MultipartBodyBuilder form = new MultipartBodyBuilder();
        form.part("file", new ByteArrayResource(content.getBytes()) {
            @Override
            public String getFilename() {
                return "2026-11.xlsx";
            }
        });
        form.part("period", "2026-11");
        return client.post()
                .uri("/console/entry/batch")
                .body(BodyInserters.fromMultipartData(form.build()))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
    }
}
