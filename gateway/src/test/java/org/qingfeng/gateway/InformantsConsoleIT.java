package org.qingfeng.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * 信息员 over HTTP: the roster by token only, and the forms whose bodies the console maps to
 * intake's JSON. An identity goes to intake in a body and comes back nowhere.
 */
class InformantsConsoleIT extends StubbedServices {

    private static final String IDENTITY =
            "number=QF-2026-0042&name=%E6%AC%A7%E9%98%B3%E6%B8%85%E9%A3%8E" + "&phone=13912345678&email=&idNumber=";

    @Test
    void listsTheRosterUnderTheChosenNodeByShortenedTokenAndNeverAnIdentity() {
        String page = text("/console/informants?node=330281-101");

        assertThat(intake.lastQuery("GET", "/api/informants")).isEqualTo("node=330281-101");
        assertThat(page)
                .contains("<code class=\"token\">inf-8M3Q…8D1F</code>", "<span>东门村</span>")
                .contains("特邀信息员", "离退休干部", "村务监督员", "轮训待完成", "2026-06-03", "暂停")
                .doesNotContain(BackendFixtures.CANARY_NAME, BackendFixtures.CANARY_PHONE);
    }

    @Test
    void asksForANodeBeforeReadingTheRoster() {
        int before = intake.hits("GET", "/api/informants");

        assertThat(text("/console/informants")).contains("请先选择节点").doesNotContain("id=\"roster-table\"");
        assertThat(intake.hits("GET", "/api/informants")).isEqualTo(before);
    }

    @Test
    void appointsWithTheIdentityInTheBodyAndAnswersWithAnEmptyForm() {
        String body = postForm(
                        "/console/informants/appoint",
                        IDENTITY + "&homeNodeCode=330281-101-001&appointedByCode=330281-101&type=SPECIAL_INVITED"
                                + "&backgrounds=LAWYER&backgrounds=TEACHER&roles=INTEGRITY&appointedOn=2026-11-02")
                .expectHeader()
                .valueEquals("HX-Trigger", "informants-changed")
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();

        assertThat(intake.lastRequest("POST", "/api/informants").text())
                .isEqualTo("{\"number\":\"QF-2026-0042\",\"name\":\"欧阳清风\",\"phone\":\"13912345678\","
                        + "\"homeNodeCode\":\"330281-101-001\",\"appointedByCode\":\"330281-101\","
                        + "\"type\":\"SPECIAL_INVITED\",\"backgrounds\":[\"LAWYER\",\"TEACHER\"],"
                        + "\"roles\":[\"INTEGRITY\"],\"appointedOn\":\"2026-11-02\"}");
        assertThat(body)
                .contains("已任命，令牌 inf-1A2B…2N3P", "id=\"appoint-form\"", "hx-swap-oob=\"true\"")
                .doesNotContain("QF-2026-0042", BackendFixtures.CANARY_NAME, BackendFixtures.CANARY_PHONE);
        assertThat(intake.targets()).noneMatch(target -> target.contains("13912345678") || target.contains("QF-2026"));
    }

    @Test
    void offersTheIdentityBoxesEmptyAndKeepsBrowsersFromRememberingOrSpellcheckingThem() {
        String page = text("/console/informants");

        assertThat(page)
                .contains(
                        "<input id=\"appoint-number\" name=\"number\" type=\"text\"",
                        "<input id=\"appoint-name\" name=\"name\" type=\"text\"",
                        "<input id=\"appoint-phone\" name=\"phone\" type=\"tel\"",
                        "<input id=\"appoint-email\" name=\"email\" type=\"email\"",
                        "<input id=\"appoint-id-number\" name=\"idNumber\" type=\"text\"");
        assertThat(page.split("autocomplete=\"off\" autocapitalize=\"off\" spellcheck=\"false\">", -1))
                .hasSize(6);
    }

    @Test
    void placesARefusalNextToItsFieldWithoutWritingTheIdentityBack() {
        String body = postForm(
                        "/console/informants/appoint",
                        IDENTITY + "&homeNodeCode=" + BackendFixtures.OUT_OF_LEVEL_HOME
                                + "&appointedByCode=330281-WS&type=REGULAR&roles=INTEGRITY&appointedOn=2026-11-02")
                .expectHeader()
                .doesNotExist("HX-Trigger")
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();

        assertThat(body)
                .contains("<small id=\"appoint-form-error-homeNodeCode\" class=\"field-error\" hx-swap-oob=\"true\">"
                        + "工作站不能任命此级别的信息员 / outside the appointer&#39;s level</small>")
                .doesNotContain("id=\"appoint-form\"", "QF-2026-0042", "13912345678");
    }

    @Test
    void showsAnInformantsRecordWithoutIdentityOrNotes() {
        String panel = postForm("/console/informants/manage", "informantToken=" + BackendFixtures.COMMENDED_TOKEN)
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();

        assertThat(intake.lastRequest("POST", "/api/informants/record").text())
                .isEqualTo("{\"informantToken\":\"" + BackendFixtures.COMMENDED_TOKEN + "\"}");
        assertThat(panel)
                .contains("2025年村级预警信息员轮训", "走访", "表彰", "items=14, adoptedShare=0.71")
                .contains("id=\"status-form\"", "id=\"training-form\"", "id=\"contact-form\"")
                .doesNotContain(BackendFixtures.CANARY_NAME, BackendFixtures.CANARY_PHONE);
    }

    @Test
    void changesAStatusWithItsReasonInTheBody() {
        postForm(
                        "/console/informants/status",
                        "informantToken=" + BackendFixtures.DISMISSED_TOKEN
                                + "&status=SUSPENDED&reason=%E8%B0%83%E6%9F%A5%E6%9C%9F%E9%97%B4")
                .expectHeader()
                .valueEquals("HX-Trigger", "informants-changed");

        assertThat(intake.lastRequest("POST", "/api/informants/status").text())
                .isEqualTo("{\"informantToken\":\"" + BackendFixtures.DISMISSED_TOKEN
                        + "\",\"status\":\"SUSPENDED\",\"reason\":\"调查期间\"}");
    }

    @Test
    void recordsTrainingAndAContact() {
        String token = "informantToken=" + BackendFixtures.COMMENDED_TOKEN;
        postForm("/console/informants/training", token + "&on=2026-04-16&level=VILLAGE_ROTATION&course=Q&hours=4");
        postForm("/console/informants/contacts", token + "&on=2026-06-03&way=VISIT&note=N");

        assertThat(intake.lastRequest("POST", "/api/informants/training").text())
                .isEqualTo("{\"informantToken\":\"" + BackendFixtures.COMMENDED_TOKEN
                        + "\",\"on\":\"2026-04-16\",\"level\":\"VILLAGE_ROTATION\",\"course\":\"Q\",\"hours\":4}");
        assertThat(intake.lastRequest("POST", "/api/informants/contacts").text())
                .isEqualTo("{\"informantToken\":\"" + BackendFixtures.COMMENDED_TOKEN
                        + "\",\"on\":\"2026-06-03\",\"way\":\"VISIT\",\"note\":\"N\"}");
    }

    @Test
    void answersAnAcceptedContactWithItsFormEmptiedAndWithoutTheSealedNote() {
        String body = postForm(
                        "/console/informants/contacts",
                        "informantToken=" + BackendFixtures.COMMENDED_TOKEN + "&on=2026-06-03&way=VISIT&note=NOTE-7Q")
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();

        assertThat(body)
                .contains("联系已登记", "<form id=\"contact-form\"", "hx-swap-oob=\"true\"")
                .doesNotContain("NOTE-7Q");
    }

    @Test
    void refusesHoursThatAreNotAWholeNumberWithoutAskingIntake() {
        int before = intake.hits("POST", "/api/informants/training");

        String body = postForm(
                        "/console/informants/training",
                        "informantToken=" + BackendFixtures.COMMENDED_TOKEN + "&on=2026-04-16&level=COUNTY&hours=four")
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();

        assertThat(body).contains("须为整数 / must be a whole number");
        assertThat(intake.hits("POST", "/api/informants/training")).isEqualTo(before);
    }
}
