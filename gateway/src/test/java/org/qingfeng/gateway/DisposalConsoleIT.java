package org.qingfeng.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

/** 处置案件, 案件详情, 部门收件箱 and 整改情况通报 over HTTP, against disposal's exact shapes. */
class DisposalConsoleIT extends StubbedServices {

    private static final StubIdentityProvider.User OFFICER = new StubIdentityProvider.User(
            "u-0003", "jw-officer", "卫健局联络员", List.of("DEPARTMENT_OFFICER"), "330281-D01");
    private static final StubIdentityProvider.User TOWNSHIP =
            new StubIdentityProvider.User("u-0002", "cg-staff", "城关镇工作人员", List.of("TOWNSHIP_STAFF"), "330281-101");

    private static final String OVERDUE = DisposalFixtures.OVERDUE_CASE;
    private static final String DUE = DisposalFixtures.DUE_CASE;
    private static final String CASE_PAGE = "/console/cases/" + OVERDUE;

    @Test
    void drawsTheCasesByColourAndListsThemInDisposalsOrderOverdueMarked() {
        String page = text("/console/cases");

        assertThat(disposal.lastQuery("GET", "/api/cases")).isEqualTo("limit=200&state=OPEN");
        assertThat(disposal.lastRequest("GET", "/api/cases").authorization()).startsWith("Bearer ");
        assertThat(page)
                .contains("/webjars/echarts/echarts.min.js", "/js/charts.js", "id=\"cases-chart\"")
                .contains("&quot;labels&quot;:[&quot;蓝色预警&quot;,&quot;黄色预警&quot;,&quot;橙色预警&quot;,&quot;红色预警&quot;]")
                .contains("&quot;values&quot;:[1,0,3,2]")
                .contains("<dd>6</dd>", "<dd>1</dd>", "<dd>4</dd>")
                .contains("橙色预警 / Orange", "badge-orange", "badge-blue", "<span>县住房和城乡建设局</span>")
                .contains("橙色预警：限期整改 / Orange: rectification with a deadline", "2026-11-11 00:00")
                .contains("<tr id=\"case-row-0\" class=\"overdue\">")
                .doesNotContain("<tr id=\"case-row-1\" class=\"overdue\">")
                .contains("hx-get=\"/console/cases/list\"");
        assertThat(page.indexOf("href=\"/console/cases/" + OVERDUE + "\""))
                .as("the overdue case first, as disposal sorted")
                .isPositive()
                .isLessThan(page.indexOf("href=\"/console/cases/" + DUE + "\""));
        assertThat(page)
                .as("the findings panel with its open form")
                .contains("立案 / Open a case", "value=\"" + DisposalFixtures.FINDING + "\"")
                .contains("县教育局工作作风类信息本月 4 条", "<span>县教育局</span>");
        assertThat(disposal.lastQuery("GET", "/api/disposal/findings")).isEqualTo("destination=DISPOSAL");
    }

    @Test
    void filtersTheTableByStateColourAndLadderSendingOnlyOfferedValues() {
        assertThat(text("/console/cases/list?state=ALL&colour=RED&ladder=cards"))
                .contains("id=\"cases-table\"")
                .doesNotContain("<html");
        assertThat(disposal.lastQuery("GET", "/api/cases")).isEqualTo("limit=200&state=ALL&colour=RED&ladder=cards");

        text("/console/cases/list?state=x&colour=PINK&ladder=..%2Fy");
        assertThat(disposal.lastQuery("GET", "/api/cases")).isEqualTo("limit=200&state=OPEN");
    }

    @Test
    void opensACaseForAFindingOnTheChosenLadder() {
        String body = postForm("/console/cases/open", "findingId=" + DisposalFixtures.FINDING + "&ladder=cards")
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();

        assertThat(disposal.lastRequest("POST", "/api/cases").text())
                .isEqualTo("{\"findingId\":\"" + DisposalFixtures.FINDING + "\",\"ladder\":\"cards\"}");
        assertThat(body).contains("已立案 / Case opened: " + DUE);

        postForm("/console/cases/open", "findingId=" + DisposalFixtures.FINDING + "&ladder=");
        assertThat(disposal.lastRequest("POST", "/api/cases").text())
                .as("no ladder chosen: disposal's default")
                .isEqualTo("{\"findingId\":\"" + DisposalFixtures.FINDING + "\"}");
    }

    @Test
    void showsACasesStandingHistoryFilesNoticesAndTheStationsFormsWithItsSequence() {
        String page = text(CASE_PAGE);

        assertThat(page)
                .contains("id=\"case-overdue\"", "逾期 / Overdue", "县卫生健康局", "财务科科长")
                .contains("已答复，待核查 / Replied, awaiting verification", "<dd id=\"case-sequence\">7</dd>")
                .contains("1. 立案 / Opened", "2. 发出通知书 / Notice issued", "7. 答复 / Replied")
                .contains("首次预警：风险等级较高 / first colour: high risk", "〔2026〕7号", "disposal-service", "u-0003")
                .contains("警示谈话 2026-11-14 09:30", "已完成整改，制度已修订。")
                .contains("href=\"/api/cases/" + OVERDUE + "/attachments/" + DisposalFixtures.ATTACHMENT + "\"")
                .contains("整改报告.pdf", "2 KB")
                .contains("href=\"/api/cases/" + OVERDUE + "/notices/2.pdf\"")
                .contains("href=\"/api/cases/" + OVERDUE + "/notices/2.ofd\"")
                .contains("href=\"/api/cases/" + OVERDUE + "/notices/6.pdf\"", "情况说明通知书", "整改通知书")
                .doesNotContain("javascript:")
                .contains("id=\"talk-form\"", "id=\"talk-record-form\"", "id=\"verify-form\"", "id=\"refer-form\"")
                .doesNotContain("id=\"reply-form\"");
        assertThat(page.split("name=\"sequence\" value=\"7\"", -1))
                .as("each of the four station forms carries the page's sequence")
                .hasSize(5);
        assertThat(page.indexOf("id=\"step-1\"")).isLessThan(page.indexOf("id=\"step-7\""));
    }

    @Test
    void sendsEachStationActionAsDisposalsJson() {
        String path = "/api/cases/" + OVERDUE;

        assertThat(body(postForm(
                        CASE_PAGE + "/talks", "sequence=7&talkKind=WARNING_TALK&scheduledFor=2026-11-14T09%3A30")))
                .contains("已安排谈话（步骤 8） / Talk scheduled (step 8)");
        assertThat(disposal.lastRequest("POST", path + "/talks").text())
                .isEqualTo("{\"sequence\":7,\"talkKind\":\"WARNING_TALK\",\"scheduledFor\":\"2026-11-14T01:30:00Z\"}");

        postForm(CASE_PAGE + "/talk-records", "sequence=7&text=%E5%B7%B2%E8%B0%88%E8%AF%9D");
        assertThat(disposal.lastRequest("POST", path + "/talk-records").text())
                .isEqualTo("{\"sequence\":7,\"text\":\"已谈话\"}");

        postForm(
                CASE_PAGE + "/verification",
                "sequence=7&accepted=false&reason=%E6%95%B4%E6%94%B9%E4%B8%8D%E5%88%B0%E4%BD%8D");
        assertThat(disposal.lastRequest("POST", path + "/verification").text())
                .isEqualTo("{\"sequence\":7,\"accepted\":false,\"reason\":\"整改不到位\"}");

        assertThat(body(postForm(CASE_PAGE + "/referral", "sequence=7&reason=%E4%B8%A5%E9%87%8D%E8%BF%9D%E7%BA%AA")))
                .contains("已移送立案（步骤 8）");
        assertThat(disposal.lastRequest("POST", path + "/referral").text())
                .isEqualTo("{\"sequence\":7,\"reason\":\"严重违纪\"}");
    }

    @Test
    void saysTheCaseMovedOnWhenTheSequenceIsStale() {
        assertThat(body(postForm(CASE_PAGE + "/referral", "sequence=3&reason=%E4%B8%A5%E9%87%8D%E8%BF%9D%E7%BA%AA")))
                .contains("案件状态已变化，请刷新 / The case has moved on: reload")
                .contains("序号已过期 / stale sequence")
                .doesNotContain("Exception");
    }

    @Test
    void placesDisposalsFieldErrorBesideItsBoxAndRefusesAnUnreadableTimeItself() {
        assertThat(body(postForm(CASE_PAGE + "/verification", "sequence=7&accepted=true&reason=ab")))
                .contains("id=\"verify-form-error-reason\"", "至少 4 个字 / at least 4 characters");

        int before = disposal.hits("POST", "/api/cases/" + OVERDUE + "/talks");
        assertThat(body(postForm(CASE_PAGE + "/talks", "sequence=7&talkKind=WARNING_TALK&scheduledFor=tomorrow")))
                .contains("id=\"talk-form-error-scheduledFor\"", "请填写日期和时间");
        assertThat(disposal.hits("POST", "/api/cases/" + OVERDUE + "/talks")).isEqualTo(before);
    }

    @Test
    void answersAnUnknownCaseWithNotFoundAndANonIdWithoutAskingDisposal() {
        client.get()
                .uri("/console/cases/" + DUE)
                .exchange()
                .expectStatus()
                .isNotFound()
                .expectBody(String.class)
                .value(page -> assertThat(page).contains("没有这个案件 / No such case"));

        int before = disposal.targets().size();
        client.get().uri("/console/cases/not-a-case").exchange().expectStatus().isNotFound();
        assertThat(disposal.targets()).hasSize(before);
    }

    @Test
    void passesANoticeDownloadThroughWithItsDispositionAndTheUsersToken() {
        client.get()
                .uri("/api/cases/" + OVERDUE + "/notices/2.pdf")
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .valueEquals("Content-Disposition", "attachment; filename=\"notice-2.pdf\"");
        assertThat(disposal.lastRequest("GET", "/api/cases/" + OVERDUE + "/notices/2.pdf")
                        .authorization())
                .startsWith("Bearer ");
    }

    @Test
    void showsTheDepartmentsInboxAndCaseAcknowledgesAndReplies() {
        identity.signInAs(OFFICER);
        WebTestClient officer = signIn();

        String inbox = body(officer, "/console/inbox");
        assertThat(disposal.lastQuery("GET", "/api/inbox")).isEqualTo("state=OPEN");
        assertThat(inbox)
                .contains("<tr id=\"inbox-row-0\" class=\"overdue\">", "逾期 / Overdue")
                .contains("id=\"ack-" + DUE + "\"")
                .doesNotContain("id=\"ack-" + OVERDUE + "\"")
                .contains("href=\"/console/inbox/" + DUE + "\"");
        assertThat(inbox.indexOf(OVERDUE)).isLessThan(inbox.indexOf(DUE));

        String page = body(officer, "/console/inbox/" + DUE);
        assertThat(page)
                .contains("href=\"/api/cases/" + DUE + "/notices/2.pdf\"", "〔2026〕12号", "2. 发出通知书 / Notice issued")
                .contains("id=\"reply-form\"", "enctype=\"multipart/form-data\"", "name=\"sequence\" value=\"2\"")
                .contains("id=\"ack-" + DUE + "\"")
                .doesNotContain("id=\"talk-form\"", "id=\"verify-form\"");

        String acknowledged = body(officer.post()
                .uri("/console/inbox/" + DUE + "/acknowledgement")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .bodyValue("sequence=2")
                .exchange()
                .expectStatus()
                .isOk());
        assertThat(disposal.lastRequest("POST", "/api/inbox/" + DUE + "/acknowledgement")
                        .text())
                .isEqualTo("{\"sequence\":2}");
        assertThat(acknowledged).contains("已签收（步骤 3）");

        String stale = body(officer.post()
                .uri("/console/inbox/" + DUE + "/acknowledgement")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .bodyValue("sequence=3")
                .exchange()
                .expectStatus()
                .isOk());
        assertThat(stale).contains("案件状态已变化，请刷新 / The case has moved on: reload");

        String replied = reply(officer, 2);
        StubBackend.Received sent = disposal.lastRequest("POST", "/api/inbox/" + DUE + "/reply");
        assertThat(sent.contentType()).startsWith("multipart/form-data");
        assertThat(sent.text())
                .contains("name=\"sequence\"", "name=\"text\"", "已按要求整改。")
                .contains("name=\"files\"; filename=\"report-0.pdf\"", "name=\"files\"; filename=\"report-1.pdf\"")
                .contains("%PDF-0", "%PDF-1");
        assertThat(sent.authorization()).startsWith("Bearer ");
        assertThat(replied).contains("答复已提交（步骤 3）");

        int before = disposal.hits("POST", "/api/inbox/" + DUE + "/reply");
        assertThat(reply(officer, 6)).contains("id=\"reply-form-error-files\"", "最多 5 个附件 / At most 5 files");
        assertThat(disposal.hits("POST", "/api/inbox/" + DUE + "/reply")).isEqualTo(before);
    }

    @Test
    void showsTheMonthsBulletinWithTotalsRowsAndDownloads() {
        String page = text("/console/bulletins?month=2026-11");

        assertThat(page)
                .contains("2026-11 整改情况通报", "id=\"bulletin-totals\"", "<dd>3</dd>")
                .contains("县住房和城乡建设局", "县教育局", "2026-11-20", "2026-11-13", "badge-orange", "已答复，待核查")
                .contains("href=\"/api/bulletins/2026-11.pdf\"", "href=\"/api/bulletins/2026-11.ofd\"");
    }

    @Test
    void offersEachPageToItsRolesOnly() {
        assertThat(text("/"))
                .contains("id=\"nav-cases\"", "id=\"nav-bulletins\"")
                .doesNotContain("id=\"nav-inbox\"");
        client.post()
                .uri("/console/inbox/" + DUE + "/acknowledgement")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .bodyValue("sequence=2")
                .exchange()
                .expectStatus()
                .isForbidden();

        identity.signInAs(TOWNSHIP);
        WebTestClient township = signIn();
        assertThat(body(township, "/console/cases"))
                .contains("id=\"cases-table\"")
                .doesNotContain("id=\"findings-table\"", "立案 / Open a case");
        assertThat(body(township, CASE_PAGE)).contains("〔2026〕7号").doesNotContain("id=\"talk-form\"");
        township.post()
                .uri(CASE_PAGE + "/referral")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .bodyValue("sequence=7&reason=x")
                .exchange()
                .expectStatus()
                .isForbidden();
        township.get().uri("/console/inbox").exchange().expectStatus().isForbidden();

        identity.signInAs(OFFICER);
        WebTestClient officer = signIn();
        assertThat(body(officer, "/"))
                .contains("id=\"nav-inbox\"")
                .doesNotContain("id=\"nav-cases\"", "id=\"nav-bulletins\"");
        officer.get().uri("/console/cases").exchange().expectStatus().isForbidden();
        officer.get().uri("/console/bulletins").exchange().expectStatus().isForbidden();
    }

    private static String reply(WebTestClient officer, int files) {
        MultipartBodyBuilder parts = new MultipartBodyBuilder();
        parts.part("sequence", "2");
        parts.part("text", "已按要求整改。");
        for (int file = 0; file < files; file++) {
            parts.part("files", new ByteArrayResource(("%PDF-" + file).getBytes(StandardCharsets.UTF_8)))
                    .filename("report-" + file + ".pdf")
                    .contentType(MediaType.APPLICATION_PDF);
        }
        return body(officer.post()
                .uri("/console/inbox/" + DUE + "/reply")
                .contentType(MediaType.MULTIPART_FORM_DATA)
                .body(BodyInserters.fromMultipartData(parts.build()))
                .exchange()
                .expectStatus()
                .isOk());
    }

    private static String body(WebTestClient.ResponseSpec response) {
        return response.expectBody(String.class).returnResult().getResponseBody();
    }

    private static String body(WebTestClient user, String path) {
        return body(user.get().uri(path).exchange().expectStatus().isOk());
    }
}
