package org.qingfeng.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.qingfeng.contracts.Topics;
import org.qingfeng.contracts.audit.AuditAction;
import org.qingfeng.contracts.audit.AuditRecorded;
import org.qingfeng.contracts.disposal.WarningIssued;
import org.qingfeng.contracts.intake.FollowUpRecorded;
import org.qingfeng.testsupport.TestKafka;
import org.qingfeng.testsupport.TestTokens;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;

@ExtendWith(OutputCaptureExtension.class)
class FollowUpIT extends IntakeIntegrationTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String NO_ITEM = "没有与此回执对应的事项 / No item for this receipt";

    private final String staffSubject = "u-asker-" + UUID.randomUUID();
    private RestTestClient staff;

    @BeforeEach
    void loadTheNetworkAndSignInTheWorkStation() {
        loadTheInformantNetwork();
        staff = as("Bearer "
                + TestTokens.token()
                        .subject(staffSubject)
                        .node(NetworkFixtures.COUNTY)
                        .roles("WORK_STATION_STAFF")
                        .sign());
    }

    @Test
    void theReceiptHolderReadsAQuestionAnswersItAndStaffReadTheAnswer(CapturedOutput output) {
        Submitted item = submitAndAwaitRegistration();

        String questionId = ask(staff, item.itemId()).get("followUpId").asString();

        JsonNode status = await().atMost(PATIENCE)
                .until(() -> status(item.receipt()), s -> s.get("thread").size() == 1);
        JsonNode question = status.get("thread").get(0);
        assertThat(question.get("followUpId").asString()).isEqualTo(questionId);
        assertThat(question.get("kind").asString()).isEqualTo("QUESTION");
        assertThat(question.get("text").asString()).isEqualTo(FollowUpFixtures.QUESTION);
        assertThat(question.has("askedBy")).isFalse();
        assertThat(status.toString()).doesNotContain(staffSubject);
        assertThat(status.get("canConfirm").asBoolean()).isFalse();
        assertThat(status.get("status").asString()).isEqualTo("REGISTERED");

        String answerId = anonymous()
                .post()
                .uri("/api/receipts/answers")
                .contentType(MediaType.APPLICATION_JSON)
                .body(FollowUpFixtures.anyAnswer(item.receipt(), questionId))
                .exchange()
                .expectStatus()
                .isAccepted()
                .expectHeader()
                .cacheControl(CacheControl.noStore())
                .expectBody(JsonNode.class)
                .returnResult()
                .getResponseBody()
                .get("followUpId")
                .asString();

        JsonNode thread = await().atMost(PATIENCE).until(() -> staffThread(staff, item.itemId()), t -> t.size() == 2);
        assertThat(thread.get(0).get("askedBy").asString()).isEqualTo(staffSubject);
        assertThat(thread.get(1).get("followUpId").asString()).isEqualTo(answerId);
        assertThat(thread.get(1).get("kind").asString()).isEqualTo("ANSWER");
        assertThat(thread.get(1).get("questionId").asString()).isEqualTo(questionId);
        assertThat(thread.get(1).get("text").asString()).isEqualTo(FollowUpFixtures.ANSWER);
        assertThat(thread.get(1).get("askedBy").isNull()).isTrue();

        AuditRecorded asked = awaitAudit(r -> staffSubject.equals(r.actor()) && "question".equals(r.detail()));
        assertThat(asked.action()).isEqualTo(AuditAction.ITEM_READ);
        assertThat(asked.targetId()).isEqualTo(item.itemId());
        assertThat(asked.scopeNode()).isEqualTo(NetworkFixtures.VILLAGE);
        assertThat(String.valueOf(asked)).doesNotContain(FollowUpFixtures.QUESTION);
        awaitAudit(r -> staffSubject.equals(r.actor()) && "follow-ups".equals(r.detail()));

        assertThat(output)
                .doesNotContain(
                        item.receipt(),
                        item.receipt().replace("-", ""),
                        FollowUpFixtures.QUESTION,
                        FollowUpFixtures.ANSWER);
    }

    @Test
    void aQuestionPublishedIsKeyedByItemAndNamesWhoAsked() {
        Submitted item = submitAndAwaitRegistration();

        String questionId = ask(staff, item.itemId()).get("followUpId").asString();

        FollowUpRecorded recorded = await().atMost(PATIENCE)
                .until(
                        () -> TestKafka.readAll(Topics.FOLLOW_UP_RECORDED.name()).stream()
                                .filter(r -> item.itemId().equals(r.key()))
                                .map(r -> TestKafka.value(r, FollowUpRecorded.class))
                                .findFirst(),
                        Optional::isPresent)
                .orElseThrow();
        assertThat(recorded.followUpId()).hasToString(questionId);
        assertThat(recorded.kind()).isEqualTo(FollowUpRecorded.Kind.QUESTION);
        assertThat(recorded.askedBy()).isEqualTo(staffSubject);
        assertThat(recorded.text()).isEqualTo(FollowUpFixtures.QUESTION);
    }

    @Test
    void aRectificationIsConfirmedOnlyOnceAWarningWasIssued() {
        Submitted item = submitAndAwaitRegistration();

        JsonNode refused = confirm(item.receipt())
                .expectStatus()
                .isEqualTo(409)
                .expectBody(JsonNode.class)
                .returnResult()
                .getResponseBody();
        assertThat(refused.get("detail").asString()).startsWith("该事项尚无整改结果");
        assertThat(refused.get("errors").get(0).get("field").asString()).isEqualTo("rectified");

        WarningIssued warning = FollowUpFixtures.anyWarningAbout(UUID.fromString(item.itemId()));
        TestKafka.publish(Topics.WARNING_ISSUED.name(), warning.warningId().toString(), warning);
        await().atMost(PATIENCE)
                .until(() -> status(item.receipt()).get("canConfirm").asBoolean());

        confirm(item.receipt()).expectStatus().isAccepted();

        JsonNode confirmation = await().atMost(PATIENCE)
                .until(() -> status(item.receipt()).get("thread"), t -> t.size() == 1)
                .get(0);
        assertThat(confirmation.get("kind").asString()).isEqualTo("CONFIRMATION");
        assertThat(confirmation.get("rectified").asString()).isEqualTo("PARTLY");
        assertThat(confirmation.get("text").asString()).isEqualTo(FollowUpFixtures.COMMENT);
    }

    @Test
    void aWrongOrMalformedReceiptFindsNothingAlike() {
        Submitted item = submitAndAwaitRegistration();
        String questionId = ask(staff, item.itemId()).get("followUpId").asString();
        String wrong = "7Q2M-7Q2M-7Q2M-7Q2M-7Q2M-7Q2M";

        for (String receipt : new String[] {wrong, "0000-0000-0000-0000-0000-0000-00", "not a receipt"}) {
            assertNoItem("/api/receipts/status", Map.of("receipt", receipt));
            assertNoItem("/api/receipts/answers", FollowUpFixtures.anyAnswer(receipt, questionId));
            assertNoItem("/api/receipts/confirmation", FollowUpFixtures.anyConfirmation(receipt));
        }
    }

    @Test
    void anAnswerMustNameAQuestionOfTheReceiptsItem() {
        Submitted item = submitAndAwaitRegistration();
        Submitted other = submitAndAwaitRegistration();
        String othersQuestion = ask(staff, other.itemId()).get("followUpId").asString();
        await().atMost(PATIENCE)
                .until(() -> status(other.receipt()).get("thread").size() == 1);

        anonymous()
                .post()
                .uri("/api/receipts/answers")
                .contentType(MediaType.APPLICATION_JSON)
                .body(FollowUpFixtures.anyAnswer(item.receipt(), othersQuestion))
                .exchange()
                .expectStatus()
                .isNotFound();
        anonymous()
                .post()
                .uri("/api/receipts/answers")
                .contentType(MediaType.APPLICATION_JSON)
                .body(FollowUpFixtures.anyAnswer(item.receipt(), UUID.randomUUID()))
                .exchange()
                .expectStatus()
                .isNotFound();
    }

    @Test
    void onlyStaffInScopeAskAndRead() {
        Submitted item = submitAndAwaitRegistration();
        RestTestClient otherTownship = as(TestTokens.bearer(InformantFixtures.OTHER_TOWNSHIP, "TOWNSHIP_STAFF"));
        RestTestClient ownTownship = as(TestTokens.bearer(NetworkFixtures.TOWNSHIP, "TOWNSHIP_STAFF"));

        ask(otherTownship, item.itemId(), 404);
        otherTownship
                .get()
                .uri("/api/items/" + item.itemId() + "/follow-ups")
                .exchange()
                .expectStatus()
                .isNotFound();
        ask(anonymous(), item.itemId(), 401);
        ask(as(TestTokens.bearer(NetworkFixtures.VILLAGE, "INFORMANT")), item.itemId(), 403);
        ask(ownTownship, item.itemId(), 202);
        ask(staff, UUID.randomUUID().toString(), 404);
    }

    @Test
    void badInputIsAProblemNamingEachField() {
        Submitted item = submitAndAwaitRegistration();

        JsonNode question = staff.post()
                .uri("/api/items/questions")
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("itemId", "nope", "text", "问"))
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody(JsonNode.class)
                .returnResult()
                .getResponseBody();
        assertThat(question.get("errors").findValuesAsString("field")).containsExactly("itemId", "text");

        JsonNode confirmation = anonymous()
                .post()
                .uri("/api/receipts/confirmation")
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("receipt", item.receipt(), "rectified", "MAYBE", "comment", "好\u202E"))
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody(JsonNode.class)
                .returnResult()
                .getResponseBody();
        assertThat(confirmation.get("errors").findValuesAsString("field")).containsExactly("rectified", "comment");

        JsonNode answer = anonymous()
                .post()
                .uri("/api/receipts/answers")
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("text", "好"))
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody(JsonNode.class)
                .returnResult()
                .getResponseBody();
        assertThat(answer.get("errors").findValuesAsString("field")).containsExactly("receipt", "questionId", "text");
        assertThat(answer.get("errors").get(0).get("message").asString()).isEqualTo("必填 / required");
    }

    private record Submitted(String itemId, String receipt) {}

    private Submitted submitAndAwaitRegistration() {
        JsonNode accepted = anonymous()
                .post()
                .uri("/api/items")
                .contentType(MediaType.APPLICATION_JSON)
                .body(SubmissionFixtures.anySubmissionDraft())
                .exchange()
                .expectStatus()
                .isAccepted()
                .expectBody(JsonNode.class)
                .returnResult()
                .getResponseBody();
        Submitted submitted = new Submitted(
                accepted.get("itemId").asString(), accepted.get("receipt").asString());
        await().atMost(PATIENCE).until(() -> anonymous()
                .post()
                .uri("/api/receipts/status")
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("receipt", submitted.receipt()))
                .exchange()
                .returnResult(JsonNode.class)
                .getStatus()
                .is2xxSuccessful());
        return submitted;
    }

    private static JsonNode ask(RestTestClient client, String itemId) {
        return client.post()
                .uri("/api/items/questions")
                .contentType(MediaType.APPLICATION_JSON)
                .body(FollowUpFixtures.anyQuestion(itemId))
                .exchange()
                .expectStatus()
                .isAccepted()
                .expectBody(JsonNode.class)
                .returnResult()
                .getResponseBody();
    }

    private static void ask(RestTestClient client, String itemId, int expected) {
        client.post()
                .uri("/api/items/questions")
                .contentType(MediaType.APPLICATION_JSON)
                .body(FollowUpFixtures.anyQuestion(itemId))
                .exchange()
                .expectStatus()
                .isEqualTo(expected);
    }

    private JsonNode status(String receipt) {
        return anonymous()
                .post()
                .uri("/api/receipts/status")
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("receipt", receipt))
                .exchange()
                .expectStatus()
                .isOk()
                .expectHeader()
                .cacheControl(CacheControl.noStore())
                .expectBody(JsonNode.class)
                .returnResult()
                .getResponseBody();
    }

    private static JsonNode staffThread(RestTestClient client, String itemId) {
        return client.get()
                .uri("/api/items/" + itemId + "/follow-ups")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(JsonNode.class)
                .returnResult()
                .getResponseBody()
                .get("thread");
    }

    private RestTestClient.ResponseSpec confirm(String receipt) {
        return anonymous()
                .post()
                .uri("/api/receipts/confirmation")
                .contentType(MediaType.APPLICATION_JSON)
                .body(FollowUpFixtures.anyConfirmation(receipt))
                .exchange();
    }

    private void assertNoItem(String uri, Object body) {
        JsonNode problem = anonymous()
                .post()
                .uri(uri)
                .contentType(MediaType.APPLICATION_JSON)
                .body(body)
                .exchange()
                .expectStatus()
                .isNotFound()
                .expectBody(JsonNode.class)
                .returnResult()
                .getResponseBody();
        assertThat(problem.get("detail").asString()).isEqualTo(NO_ITEM);
    }

    private static AuditRecorded awaitAudit(Predicate<AuditRecorded> wanted) {
        return await().atMost(PATIENCE)
                .until(
                        () -> TestKafka.readAll(Topics.AUDIT_RECORDED.name()).stream()
                                .map(r -> TestKafka.value(r, AuditRecorded.class))
                                .filter(wanted)
                                .findFirst(),
                        Optional::isPresent)
                .orElseThrow();
    }
}
