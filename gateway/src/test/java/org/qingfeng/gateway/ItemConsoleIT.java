package org.qingfeng.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * 事项详情 over HTTP against the stubbed intake: the item with its attachments, matches and thread,
 * "not compared yet", the 404 page, the question posted with CSRF (then the page again, by
 * redirect) or refused beside its box, the download through the API route with the session's
 * token and intake's headers, and the roles that get neither page nor link.
 */
class ItemConsoleIT extends StubbedServices {

    private static final String PAGE = "/console/items/" + BackendFixtures.ITEM_ID;

    private static final StubIdentityProvider.User OFFICER = new StubIdentityProvider.User(
            "u-0003", "jw-officer", "卫健局联络员", List.of("DEPARTMENT_OFFICER"), "330281-D01");
    private static final StubIdentityProvider.User ADMIN_ONLY =
            new StubIdentityProvider.User("u-0004", "net-admin", "网络管理员", List.of("NETWORK_ADMIN"), "330281");
    private static final StubIdentityProvider.User MONITOR =
            new StubIdentityProvider.User("u-0005", "m-staff", "监测点工作人员", List.of("MONITORING_STAFF"), "330281-M01");

    @Test
    void showsTheItemItsAttachmentsMatchesAndThreadInShanghaiTime() {
        String page = client.get()
                .uri(PAGE)
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .value("Cache-Control", value -> assertThat(value).contains("no-store"))
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();

        assertThat(page)
                .contains("已预警", "2026-11-03 09:15", "东门村", "城关镇", "县住房和城乡建设局", "工作作风", "立即报送", "来信")
                .contains("badge-red", "红色预警", BackendFixtures.CONFIDENTIAL_DESCRIPTION)
                .contains(
                        "href=\"/api/items/" + BackendFixtures.ITEM_ID + "/attachments/" + BackendFixtures.ATTACHMENT_ID
                                + "\"",
                        "附件1.pdf",
                        "application/pdf · 12.5 KB")
                .contains("href=\"/console/items/" + BackendFixtures.MATCHED_ITEM_ID + "\"", "同一事件（重复）", "87%")
                .contains("是哪一天的事？", "2026-11-03 10:00", "u-0001", "十月二十八日", "2026-11-03 17:00")
                .contains("已经改了", "部分整改", "2026-11-21 00:30")
                .contains("id=\"ask-form\"", "action=\"/console/items/" + BackendFixtures.ITEM_ID + "/questions\"")
                .doesNotContain("尚未比对");
        assertThat(intake.lastRequest("GET", "/api/items/" + BackendFixtures.ITEM_ID + "/follow-ups")
                        .authorization())
                .startsWith("Bearer ");
    }

    @Test
    void saysAMatchedItemHasNotBeenComparedYetAndShowsItInEnglish() {
        String page = client.get()
                .uri("/console/items/" + BackendFixtures.MATCHED_ITEM_ID)
                .cookie("qingfeng-lang", "en")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();

        assertThat(page)
                .contains("尚未比对 / not compared yet", "No attachments", "No follow-up yet", "Work style", "Letter")
                .doesNotContain("id=\"matches\"><li");
    }

    @Test
    void answersAnItemIntakeDoesNotKnowOrShowWithNoSuchItem() {
        for (String path : List.of("/console/items/5e4d3c2b-1a09-4f8e-9d7c-6b5a49382716", "/console/items/not-an-id")) {
            String page = client.get()
                    .uri(path)
                    .exchange()
                    .expectStatus()
                    .isNotFound()
                    .expectBody(String.class)
                    .returnResult()
                    .getResponseBody();
            assertThat(page).contains("没有这个事项 / No such item").doesNotContain("id=\"item\"");
        }
        assertThat(intake.targets()).noneMatch(target -> target.contains("not-an-id"));
    }

    @Test
    void asksTheSubmitterWithTheCsrfTokenAndShowsThePageAgain() {
        String location = client.post()
                .uri(PAGE + "/questions")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .bodyValue("text=%E6%B6%89%E5%8F%8A%E5%93%AA%E4%B8%AA%E7%A7%91%E5%AE%A4%EF%BC%9F&idempotencyKey=ask-1")
                .exchange()
                .expectStatus()
                .isSeeOther()
                .returnResult(Void.class)
                .getResponseHeaders()
                .getFirst("Location");

        StubBackend.Received sent = intake.lastRequest("POST", "/api/items/questions");
        assertThat(sent.text()).isEqualTo("{\"itemId\":\"" + BackendFixtures.ITEM_ID + "\",\"text\":\"涉及哪个科室？\"}");
        assertThat(sent.authorization()).startsWith("Bearer ");
        assertThat(sent.idempotencyKey()).isEqualTo("ask-1");
        assertThat(location).isEqualTo(PAGE + "?asked=1");
        assertThat(text(location)).contains("已发送提问 / Question sent", "是哪一天的事？");
    }

    @Test
    void showsIntakesProblemBesideTheQuestionAndKeepsIt() {
        String page = postForm(PAGE + "/questions", "text=" + BackendFixtures.BAD_QUESTION + "&idempotencyKey=ask-2")
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();

        assertThat(page)
                .contains("id=\"ask-error-text\"", "须为 2 到 2000 字 / must be 2 to 2000 characters")
                .contains(">" + BackendFixtures.BAD_QUESTION + "</textarea>")
                .doesNotContain("已发送提问");
    }

    @Test
    void refusesAQuestionWithoutTheCsrfToken() {
        int before = intake.hits("POST", "/api/items/questions");

        anonymous
                .post()
                .uri(PAGE + "/questions")
                .cookie(SESSION, session)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .bodyValue("text=x")
                .exchange()
                .expectStatus()
                .isForbidden();

        assertThat(intake.hits("POST", "/api/items/questions")).isEqualTo(before);
    }

    @Test
    void downloadsAnAttachmentThroughTheApiRouteWithTheSessionsTokenAndIntakesHeaders() {
        String link = "/api/items/" + BackendFixtures.ITEM_ID + "/attachments/" + BackendFixtures.ATTACHMENT_ID;

        byte[] bytes = client.get()
                .uri(link)
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .contentType("application/pdf")
                .expectHeader()
                .value("Content-Disposition", value -> assertThat(value).startsWith("attachment;"))
                .expectHeader()
                .value("X-Content-Type-Options", value -> assertThat(value).isEqualTo("nosniff"))
                .expectHeader()
                .value("Cache-Control", value -> assertThat(value).contains("no-store"))
                .expectBody(byte[].class)
                .returnResult()
                .getResponseBody();

        assertThat(bytes).asString().isEqualTo("%PDF-1.7 bytes");
        assertThat(intake.lastRequest("GET", link).authorization()).startsWith("Bearer ");
    }

    @Test
    void offersTheLinkAndPageToItemReadersOnlyAndTheQuestionToThoseWhoMayAsk() {
        assertThat(text("/console/fragments/items")).contains("href=\"" + PAGE + "\"");

        for (StubIdentityProvider.User refused : List.of(OFFICER, ADMIN_ONLY)) {
            identity.signInAs(refused);
            WebTestClient user = signIn();
            user.get().uri(PAGE).exchange().expectStatus().isForbidden();
            user.post()
                    .uri(PAGE + "/questions")
                    .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                    .bodyValue("text=x")
                    .exchange()
                    .expectStatus()
                    .isForbidden();
            assertThat(body(user, "/console/fragments/items")).doesNotContain("/console/items/");
        }

        identity.signInAs(MONITOR);
        WebTestClient monitor = signIn();
        assertThat(body(monitor, PAGE)).contains("是哪一天的事？").doesNotContain("id=\"ask-form\"");
        monitor.post()
                .uri(PAGE + "/questions")
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .bodyValue("text=x")
                .exchange()
                .expectStatus()
                .isForbidden();
    }

    private static String body(WebTestClient user, String path) {
        return user.get()
                .uri(path)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(String.class)
                .returnResult()
                .getResponseBody();
    }
}
