package org.qingfeng.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.http.client.MultipartBodyBuilder;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;
import org.springframework.web.reactive.function.BodyInserters;

/**
 * The public report form and the receipt follow-up, anonymous, against the intake stub: the
 * receipt on a page no cache keeps and in no URL, intake's problems beside their fields, the CSRF
 * field required, the receipt in POST bodies only, and the wrong-receipt limit shared with the API.
 */
class ReportPagesIT extends StubbedServices {

    private static final Pattern CSRF_FIELD = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern KEY_FIELD = Pattern.compile("name=\"idempotencyKey\" value=\"([^\"]+)\"");
    private static final AtomicInteger addresses = new AtomicInteger(10);

    /** An anonymous visitor from an address of its own, with the session and CSRF token of a page. */
    private record Visitor(WebTestClient client, String csrf, String page) {}

    @Test
    void servesAPhoneFormWithoutScriptAndAFreshKeyPerRender() {
        Visitor first = visit("/report");
        Visitor second = visit("/report");

        assertThat(first.page())
                .contains("<meta name=\"viewport\"", "enctype=\"multipart/form-data\"", "name=\"regionCode\"")
                .contains("涉及的岗位或人员", "只加密保存", "method=\"post\" action=\"/report\"")
                .doesNotContain("<script");
        assertThat(keyOf(first.page())).isNotEqualTo(keyOf(second.page())).matches("[0-9a-f-]{36}");
    }

    @Test
    void submitsWithAttachmentsAnonymouslyAndShowsTheReceiptOnceOnAPageNoCacheKeeps() {
        Visitor visitor = visit("/report");
        MultipartBodyBuilder form = report(visitor, "诊所收取红包，不开收据，已经三次了。");
        form.part("files", new ByteArrayResource("photo-bytes".getBytes()) {
                    @Override
                    public String getFilename() {
                        return "photo.jpg";
                    }
                })
                .contentType(MediaType.IMAGE_JPEG);

        EntityExchangeResult<String> answer = post(visitor, "/report", form);

        assertThat(answer.getResponseHeaders().getCacheControl()).contains("no-store");
        assertThat(answer.getResponseBody())
                .contains("id=\"receipt\"", BackendFixtures.RECEIPT, "任何人", "无法找回")
                .contains("2026-11-02 09:30");
        StubBackend.Received sent = intake.lastRequest("POST", "/api/items");
        assertThat(sent.contentType()).startsWith("multipart/form-data");
        assertThat(sent.text())
                .contains("name=\"item\"", "\"channel\":\"WEB_FORM\"", "\"regionCode\":\"330281-101-001\"")
                .contains("\"concerns\":\"药房主任\"", "filename=\"photo.jpg\"", "photo-bytes");
        assertThat(sent.authorization()).isEmpty();
        assertThat(sent.idempotencyKey()).isEqualTo(keyOf(visitor.page()));
        assertThat(intake.targets()).noneMatch(target -> target.contains(BackendFixtures.RECEIPT));
    }

    @Test
    void sendsJsonWhenNoFileIsChosenWithTheSameKeyOnATap() {
        Visitor visitor = visit("/report");

        post(visitor, "/report", report(visitor, "诊所收取红包，不开收据，已经三次了。"));

        StubBackend.Received sent = intake.lastRequest("POST", "/api/items");
        assertThat(sent.contentType()).startsWith("application/json");
        assertThat(sent.text()).startsWith("{\"regionCode\":\"330281-101-001\"").contains("\"urgency\":\"IMMEDIATE\"");
        assertThat(sent.idempotencyKey()).isEqualTo(keyOf(visitor.page()));
    }

    @Test
    void showsIntakesProblemBesideItsFieldAndKeepsWhatWasTyped() {
        Visitor visitor = visit("/report");

        String page = post(visitor, "/report", report(visitor, BackendFixtures.TOO_SHORT_MARKER))
                .getResponseBody();

        assertThat(page)
                .contains("id=\"error-description\"", "须为 10 到 4000 字")
                .contains(">" + BackendFixtures.TOO_SHORT_MARKER + "</textarea>", "value=\"330281-101-001\"")
                .doesNotContain(BackendFixtures.RECEIPT);
        assertThat(keyOf(page)).isNotEqualTo(keyOf(visitor.page()));
    }

    @Test
    void refusesAReportWithoutTheCsrfField() {
        Visitor visitor = visit("/report");
        MultipartBodyBuilder form = report("forged", visitor.page(), "诊所收取红包，不开收据，已经三次了。");
        int before = intake.hits("POST", "/api/items");

        visitor.client()
                .post()
                .uri("/report")
                .body(BodyInserters.fromMultipartData(form.build()))
                .exchange()
                .expectStatus()
                .isForbidden();

        assertThat(intake.hits("POST", "/api/items")).isEqualTo(before);
    }

    @Test
    void showsTheStatusThreadAndTheOpenQuestionWithTheReceiptOnlyInBodies() {
        Visitor visitor = visit("/report/follow-up");

        String page = postForm(visitor, "/report/follow-up", "receipt=" + BackendFixtures.RECEIPT)
                .expectStatus()
                .isOk()
                .expectHeader()
                .value("Cache-Control", value -> assertThat(value).contains("no-store"))
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();

        assertThat(intake.lastRequest("POST", "/api/receipts/status").text())
                .isEqualTo("{\"receipt\":\"" + BackendFixtures.RECEIPT + "\"}");
        assertThat(page)
                .contains("核查中 / Under verification", "是哪一天的事？", "十月二十八日", "涉及哪个科室？")
                .contains("name=\"questionId\" value=\"q-2\"")
                .doesNotContain("name=\"questionId\" value=\"q-1\"")
                .contains("action=\"/report/follow-up/confirm\"", "type=\"hidden\" name=\"receipt\"");
        assertThat(intake.targets()).noneMatch(target -> target.contains(BackendFixtures.RECEIPT));
    }

    @Test
    void answersAQuestionAndConfirmsTheRectification() {
        Visitor visitor = visit("/report/follow-up");

        String answered = postForm(
                        visitor,
                        "/report/follow-up/answer",
                        "receipt=" + BackendFixtures.RECEIPT + "&questionId=q-2&text=%E5%A4%96%E7%A7%91")
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
        postForm(
                        visitor,
                        "/report/follow-up/confirm",
                        "receipt=" + BackendFixtures.RECEIPT + "&rectified=PARTLY&comment=")
                .expectStatus()
                .isOk();

        assertThat(intake.lastRequest("POST", "/api/receipts/answers").text())
                .isEqualTo("{\"receipt\":\"" + BackendFixtures.RECEIPT + "\",\"questionId\":\"q-2\",\"text\":\"外科\"}");
        assertThat(answered).contains("已收到您的回答");
        assertThat(intake.lastRequest("POST", "/api/receipts/confirmation").text())
                .isEqualTo("{\"receipt\":\"" + BackendFixtures.RECEIPT + "\",\"rectified\":\"PARTLY\"}");
    }

    @Test
    void showsAnEmptyAnswersProblemBesideTheAnswer() {
        Visitor visitor = visit("/report/follow-up");

        String page = postForm(
                        visitor,
                        "/report/follow-up/answer",
                        "receipt=" + BackendFixtures.RECEIPT + "&questionId=q-2&text=-")
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();

        assertThat(page).contains("id=\"error-text\"", "必填 / required");
    }

    @Test
    void countsWrongReceiptsOfThePageAndTheApiTogetherAndThenRefusesBoth() {
        Visitor visitor = visit("/report/follow-up");
        String wrong = "receipt=" + BackendFixtures.WRONG_RECEIPT;
        for (int i = 0; i < 5; i++) {
            String page = postForm(visitor, "/report/follow-up", wrong)
                    .expectStatus()
                    .isNotFound()
                    .expectBody(String.class)
                    .returnResult()
                    .getResponseBody();
            assertThat(page).contains("id=\"error-receipt\"", "没有与此回执对应的事项");
        }
        for (int i = 0; i < 5; i++) {
            api(visitor, BackendFixtures.WRONG_RECEIPT).expectStatus().isNotFound();
        }
        int asked = intake.hits("POST", "/api/receipts/status");

        postForm(visitor, "/report/follow-up", "receipt=" + BackendFixtures.RECEIPT)
                .expectStatus()
                .isEqualTo(429)
                .expectHeader()
                .exists("Retry-After");
        api(visitor, BackendFixtures.RECEIPT)
                .expectStatus()
                .isEqualTo(429)
                .expectHeader()
                .exists("Retry-After")
                .expectBody(String.class)
                .value(body -> assertThat(body).contains("请求过于频繁"));

        assertThat(intake.hits("POST", "/api/receipts/status")).isEqualTo(asked);
    }

    private WebTestClient.ResponseSpec api(Visitor visitor, String receipt) {
        return visitor.client()
                .post()
                .uri("/api/receipts/status")
                .contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"receipt\":\"" + receipt + "\"}")
                .exchange();
    }

    private Visitor visit(String path) {
        String address = "198.51.100." + addresses.incrementAndGet();
        WebTestClient from =
                anonymous.mutate().defaultHeader("X-Forwarded-For", address).build();
        EntityExchangeResult<String> page = from.get()
                .uri(path)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult();
        ResponseCookie session = page.getResponseCookies().getFirst(SESSION);
        assertThat(session).as("an anonymous session for the CSRF token").isNotNull();
        Matcher csrf = CSRF_FIELD.matcher(page.getResponseBody());
        assertThat(csrf.find()).as("the form's CSRF field").isTrue();
        return new Visitor(
                from.mutate().defaultCookie(SESSION, session.getValue()).build(),
                csrf.group(1),
                page.getResponseBody());
    }

    private static MultipartBodyBuilder report(Visitor visitor, String description) {
        return report(visitor.csrf(), visitor.page(), description);
    }

    private static MultipartBodyBuilder report(String csrf, String page, String description) {
        MultipartBodyBuilder form = new MultipartBodyBuilder();
        form.part("_csrf", csrf);
        form.part("idempotencyKey", keyOf(page));
        form.part("regionCode", "330281-101-001");
        form.part("unitCode", "330281-D01");
        form.part("subjectArea", "medical-ethics");
        form.part("urgency", "IMMEDIATE");
        form.part("description", description);
        form.part("concerns", "药房主任");
        form.part("contact", "");
        return form;
    }

    private static EntityExchangeResult<String> post(Visitor visitor, String path, MultipartBodyBuilder form) {
        return visitor.client()
                .post()
                .uri(path)
                .body(BodyInserters.fromMultipartData(form.build()))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult();
    }

    private static WebTestClient.ResponseSpec postForm(Visitor visitor, String path, String form) {
        return visitor.client()
                .post()
                .uri(path)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .bodyValue(form + "&_csrf=" + visitor.csrf())
                .exchange();
    }

    private static String keyOf(String page) {
        Matcher key = KEY_FIELD.matcher(page);
        assertThat(key.find()).as("the form's idempotency key").isTrue();
        return key.group(1);
    }
}
