package org.qingfeng.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.web.reactive.function.BodyInserters;

/** 研判, 月分析, 期间, 廉情指数, 风险点台账 and 季度报告 over HTTP, against analysis's shapes. */
class AnalysisConsoleIT extends StubbedServices {

    @Test
    void listsTheBoardUrgentFirstWithCountsWithheldItemsAndLinksToEachItem() {
        String page = text("/console/triage?month=2026-11");

        assertThat(analysis.lastQuery("GET", "/api/triage/board")).isEqualTo("month=2026-11&state=OPEN");
        assertThat(analysis.lastRequest("GET", "/api/triage/board").authorization())
                .as("the reviewer's own token, so analysis excludes and scopes for that person")
                .startsWith("Bearer ");
        assertThat(page)
                .contains("2026-11 研判台", "共 5 条", "待研判 1 条", "采用 1")
                .contains("回避 2 条 / 2 items withheld (conflict of interest)")
                .contains("href=\"/console/items/" + AnalysisFixtures.URGENT_ITEM + "\"")
                .contains("<span>城关镇</span>", "<span>县教育局</span>", "工作作风", "同一事件（重复） 82%")
                .contains("已研判：采用（2026-11-04 10:00）")
                .contains("value=\"330281-D01-P02\"", "value=\"office-1\"")
                .containsOnlyOnce("<head>")
                .contains("籍贯乡镇", "已因回避不显示 2 条");
        assertThat(page.indexOf("id=\"triage-row-0\" class=\"urgent\""))
                .as("the urgent item first, marked")
                .isPositive()
                .isLessThan(page.indexOf("id=\"triage-row-1\""));
    }

    @Test
    void sendsADecisionWithItsClassificationAndShowsItRecorded() {
        String body = postForm(
                        "/console/triage/decide",
                        "row=0&itemId=" + AnalysisFixtures.URGENT_ITEM
                                + "&decision=ACCEPTED&reason=%E5%B1%9E%E5%AE%9E&relatedItemId="
                                + "&subjectArea=work-style&riskCategory=POST_DUTIES&riskPointId=330281-C01-P01"
                                + "&severity=MODERATE&office=office-2")
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();

        assertThat(analysis.lastRequest("POST", "/api/triage").text())
                .isEqualTo("{\"itemId\":\"" + AnalysisFixtures.URGENT_ITEM + "\",\"decision\":\"ACCEPTED\","
                        + "\"reason\":\"属实\",\"classification\":{\"subjectArea\":\"work-style\","
                        + "\"riskCategory\":\"POST_DUTIES\",\"riskPointId\":\"330281-C01-P01\","
                        + "\"severity\":\"MODERATE\",\"office\":\"office-2\"}}");
        assertThat(body)
                .contains("研判已记录（序号 17）")
                .contains("<p id=\"triage-0\" class=\"decided\" hx-swap-oob=\"true\">已记录：采用</p>");
    }

    @Test
    void placesAClassificationErrorBesideItsBox() {
        String body = postForm(
                        "/console/triage/decide",
                        "row=1&itemId=" + AnalysisFixtures.URGENT_ITEM
                                + "&decision=ACCEPTED&subjectArea=work-style&office=bad-severity")
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();

        assertThat(body)
                .contains("id=\"triage-1-error-severity\"")
                .contains("必填 / required")
                .doesNotContain("Exception", "at org.");
    }

    @Test
    void declaresAConflictAndAsksThePanelToReload() {
        client.post()
                .uri("/console/triage/conflicts")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .bodyValue("kind=UNIT&target=330281-C01&reason=")
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .valueEquals("HX-Trigger", "conflicts-changed");

        assertThat(analysis.lastRequest("POST", "/api/triage/conflicts").text())
                .isEqualTo("{\"kind\":\"UNIT\",\"target\":\"330281-C01\"}");
    }

    @Test
    void registersTheReviewersNamesWithIntakeOnePerLineAndNeverEchoesThem() {
        String body = client.post()
                .uri("/console/triage/names")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .bodyValue("names=%E5%BC%A0%E4%B8%89%0D%0A%20%0D%0A%20%E6%9D%8E%E5%9B%9B%20")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();

        assertThat(intake.lastRequest("PUT", "/api/reviewers/names").text())
                .as("blank lines dropped, each name trimmed")
                .isEqualTo("{\"names\":[\"张三\",\"李四\"]}");
        assertThat(intake.lastRequest("PUT", "/api/reviewers/names").authorization())
                .startsWith("Bearer ");
        assertThat(body).contains("姓名已登记").doesNotContain("张三", "李四");
    }

    @Test
    void drawsTheMonthWithChartsFindingsEvidenceAndThePublishForm() {
        String page = text("/console/analysis?month=2026-11");

        assertThat(analysis.lastQuery("GET", "/api/analysis/trend")).isEqualTo("to=2026-11&months=12");
        assertThat(page)
                .contains("2026-11 月度分析", "<code>monthly-1</code>", "<dd>42</dd>", "<dd>12</dd>")
                .contains("/webjars/echarts/echarts.min.js", "/js/charts.js")
                .contains("id=\"chart-township\"", "id=\"chart-subject\"", "id=\"chart-channel\"", "id=\"chart-trend\"")
                .contains("&quot;labels&quot;:[&quot;城关镇&quot;,&quot;青山镇&quot;]")
                .contains("&quot;labels&quot;:[&quot;工作作风&quot;,&quot;医德医风&quot;]")
                .contains("&quot;labels&quot;:[&quot;网页表单&quot;,&quot;来信&quot;]")
                .contains("苗头性", "普遍性", "城关镇县教育局工作作风类信息本月 4 条，前三个月均为 0 条")
                .contains("<code>count = 4</code>", "<code>baseline = 0</code>")
                .contains("href=\"/console/items/" + AnalysisFixtures.ROUTINE_ITEM + "\"")
                .contains("<option value=\"DISPOSAL\" selected=\"selected\">处置</option>")
                .contains("已发布：分析交流，较重（2026-12-01 10:00）");
        assertThat(page).doesNotContain("<script>");
    }

    @Test
    void publishesAFindingToTheChosenDestination() {
        String body = postForm(
                        "/console/analysis/publish",
                        "row=0&period=2026-11&findingId=f-1&destination=DISPOSAL&severity=SERIOUS")
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();

        assertThat(analysis.lastRequest("POST", "/api/analysis/findings").text())
                .isEqualTo("{\"period\":\"2026-11\",\"findingId\":\"f-1\",\"destination\":\"DISPOSAL\","
                        + "\"severity\":\"SERIOUS\"}");
        assertThat(body).contains("<p id=\"publish-0\" class=\"decided\" hx-swap-oob=\"true\">已发布至处置</p>");
    }

    @Test
    void showsAPeriodsVersionsFiguresChangesAndLiveDifferencesWithTheReopenForm() {
        String page = text("/console/periods/2026-11");

        assertThat(page)
                .contains("已结账", "第 2 版", "补录迟到的乡镇月报", "2026-12-09 11:00")
                .contains("id=\"figures-table\"", "id=\"changes-table\"", "id=\"live-table\"")
                .contains("<td>24</td>", "<td class=\"changed\">26</td>")
                .contains("id=\"reopen-form\"")
                .doesNotContain("id=\"close-form\"");
    }

    @Test
    void listsTheYearsPeriodsCountingAPeriodNeverClosedAsOpen() {
        String page = text("/console/periods?year=2026");

        assertThat(page).contains("href=\"/console/periods/2026-11\"", "href=\"/console/periods/2026-Q4\"");
        assertThat(page.substring(page.indexOf("id=\"period-2026-12\"")))
                .as("analysis's 404 for December: nothing closed yet")
                .contains("未结账");
    }

    @Test
    void showsAClosedPeriodsConflictInWordsNeverAStackTrace() {
        String body = postForm("/console/periods/close", "period=2026-10")
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();

        assertThat(body)
                .contains("未被接受", "该期间已结账 / The period is already closed", "先重新打开 / reopen it first")
                .doesNotContain("Exception");
    }

    @Test
    void showsTheIndexWithGradesSuppressedRowsDeductionsAndATrend() {
        String page = text("/console/index?quarter=2026-Q3&method=index-1");

        assertThat(analysis.lastQuery("GET", "/api/index/2026-Q3")).isEqualTo("method=index-1");
        assertThat(page)
                .contains("2026-Q3 廉情指数", "86.5", "grade-b", "—（数量过少不显示）")
                .contains("红色预警", "−5", "href=\"/console/items/" + AnalysisFixtures.URGENT_ITEM + "\"", "w-1")
                .contains(
                        "data-chart-source=\"/console/index/trend?node=330281-101&amp;to=2026-Q3&amp;method=index-1\"");

        client.get()
                .uri("/console/index/trend?node=330281-101&to=2026-Q3&method=index-1")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.kind")
                .isEqualTo("line")
                .jsonPath("$.labels[1]")
                .isEqualTo("2026-Q3")
                .jsonPath("$.series[0].values[1]")
                .isEqualTo(86.5);
        assertThat(analysis.lastQuery("GET", "/api/index/trend"))
                .isEqualTo("node=330281-101&to=2026-Q3&quarters=8&method=index-1");
    }

    @Test
    void showsTheRegisterWithFlagsGapsAndDownloads() {
        String page = text("/console/register?level=A&month=2026-11");

        assertThat(analysis.lastQuery("GET", "/api/register")).isEqualTo("level=A");
        assertThat(analysis.lastQuery("GET", "/api/register/gaps")).isEqualTo("month=2026-11");
        assertThat(page)
                .contains("A 级 1 · B 级 0 · C 级 0 · 逾期自查 1 · 到期轮岗 1 · 触发 1")
                .contains("逾期自查", "到期轮岗", "触发", "经费报销审核不严", "业务流程")
                .contains("报销\n发票")
                .contains("href=\"/api/register/template\"", "href=\"/api/register/export\"")
                .contains("id=\"gaps-table\"", "外部环境");
    }

    @Test
    void recordsAPointWithItsKeywordsAsAList() {
        client.post()
                .uri("/console/register/points")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .bodyValue(
                        "row=new&riskPointId=&unitCode=330281-C01&description=d&category=POST_DUTIES&level=B"
                                + "&measures=m&leaderLevel=l&responsibleLeader=r&keywords=%E6%8A%A5%E9%94%80%0A%E5%8F%91%E7%A5%A8")
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .valueEquals("HX-Trigger", "register-changed");

        assertThat(analysis.lastRequest("POST", "/api/register/points").text())
                .isEqualTo("{\"unitCode\":\"330281-C01\",\"description\":\"d\",\"category\":\"POST_DUTIES\","
                        + "\"level\":\"B\",\"measures\":\"m\",\"leaderLevel\":\"l\",\"responsibleLeader\":\"r\","
                        + "\"keywords\":[\"报销\",\"发票\"]}");
    }

    @Test
    void importsTheRegisterWorkbookAndListsEachRefusedRow() {
        assertThat(upload("register.xlsx", "PK-workbook".getBytes(StandardCharsets.UTF_8)))
                .contains("已导入 12 个风险点");
        StubBackend.Received forwarded = analysis.lastRequest("POST", "/api/register/import");
        assertThat(forwarded.contentType()).startsWith("multipart/form-data");
        assertThat(forwarded.text()).contains("name=\"file\"; filename=\"register.xlsx\"", "PK-workbook");

        assertThat(upload("register.xlsx", BackendFixtures.BAD_WORKBOOK_MARKER.getBytes(StandardCharsets.UTF_8)))
                .contains("id=\"register-import-errors\"", "风险点台账 第5行 风险等级", "只能是 A、B 或 C");
        assertThat(upload("register.csv", new byte[] {1})).contains("只接受 .xlsx 工作簿");
    }

    @Test
    void fillsTheReportWithTheDraftOrTheSuggestionAndTheRevision() {
        String page = text("/console/reports/2026-Q3");

        assertThat(page)
                .contains("本季度召开信息员座谈会 3 次。", "医德医风类信息集中于县卫生健康局。", "已处置 30 条。")
                .doesNotContain("建议文字一")
                .contains("name=\"revision\" value=\"7\"")
                .contains("href=\"/api/reports/quarterly/2026-Q3/docx\"", "href=\"/api/reports/quarterly/2026-Q3/pdf\"")
                .contains("表1 各乡镇受理情况", "<td>城关镇</td>", "<td>25</td>");
    }

    @Test
    void savesTheDraftWithItsRevisionAndSaysPlainlyWhenAnotherSavedFirst() {
        String saved = postForm(
                        "/console/reports/2026-Q3/draft",
                        "revision=7&workDynamics=a&salientProblems=b&handlingStatus=c")
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
        assertThat(analysis.lastRequest("PUT", "/api/reports/quarterly/2026-Q3/draft")
                        .text())
                .isEqualTo(
                        "{\"revision\":7,\"workDynamics\":\"a\",\"salientProblems\":\"b\",\"handlingStatus\":\"c\"}");
        assertThat(saved).contains("草稿已保存（修订 8）", "id=\"draft-revision\"", "value=\"8\"");

        String stale = postForm(
                        "/console/reports/2026-Q3/draft",
                        "revision=6&workDynamics=a&salientProblems=b&handlingStatus=c")
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
        assertThat(stale)
                .contains("未保存：草稿已被他人修改或本季度已结账，请刷新页面后再改")
                .contains("草稿已有更新的修订 / A newer revision exists")
                .doesNotContain("id=\"draft-revision\"");
    }

    @Test
    void showsARefusedReportInWords() {
        assertThat(text("/console/reports/2026-Q1"))
                .contains("您的角色无权查看 / Your role may not see this", "无权访问 / Forbidden")
                .doesNotContain("id=\"draft-form\"");
    }

    @Test
    void passesTheReportDownloadThroughWithItsDisposition() {
        client.get()
                .uri("/api/reports/quarterly/2026-Q3/docx")
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .valueEquals("Content-Disposition", "attachment; filename=\"2026-Q3.docx\"");
        assertThat(analysis.lastRequest("GET", "/api/reports/quarterly/2026-Q3/docx")
                        .authorization())
                .startsWith("Bearer ");
    }

    @Test
    void speaksEnglishOnRequest() {
        assertThat(text("/console/triage?month=2026-11&lang=en"))
                .contains("<html lang=\"en\">", "Triage board 2026-11", "2 items withheld (conflict of interest)");
        assertThat(text("/console/analysis?month=2026-11&lang=en")).contains("Monthly analysis 2026-11", "Emerging");
    }

    private String upload(String filename, byte[] content) {
        MultipartBodyBuilder parts = new MultipartBodyBuilder();
        parts.part("file", new ByteArrayResource(content)).filename(filename);
        return client.post()
                .uri("/console/register/import")
                .contentType(MediaType.MULTIPART_FORM_DATA)
                .body(BodyInserters.fromMultipartData(parts.build()))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
    }
}
