package org.qingfeng.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qingfeng.contracts.Topics;
import org.qingfeng.contracts.disposal.CaseStepped;
import org.qingfeng.contracts.disposal.CaseStepped.State;
import org.qingfeng.contracts.disposal.CaseStepped.Step;
import org.qingfeng.contracts.intake.FollowUpRecorded;
import org.qingfeng.contracts.intake.SubmissionReceived;
import org.qingfeng.testsupport.ConsumerGroups;
import org.qingfeng.testsupport.TestKafka;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;

/** Disposal's case steps give an item its status, which the receipt holder sees and may then confirm. */
class CaseStepsIT extends IntakeIntegrationTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String CASES_GROUP = "intake-service-cases";

    @BeforeEach
    void loadTheNetwork() {
        loadTheInformantNetwork();
    }

    @Test
    void theReceiptHolderFollowsTheCaseAndMayConfirmOnceTheUnitReplied() {
        Submitted item = submitAndAwaitRegistration();
        UUID caseId = UUID.randomUUID();
        List<UUID> items = List.of(UUID.fromString(item.itemId()), UUID.randomUUID());

        publishAndAwait(CaseFixtures.stepOf(caseId, 1, Step.OPENED, State.OPEN, items));
        JsonNode opened = status(item.receipt());
        assertThat(opened.get("status").asString()).isEqualTo("IN_DISPOSAL");
        assertThat(opened.get("statusLabel").asString()).isEqualTo("处置中 / In disposal");
        assertThat(opened.get("canConfirm").asBoolean()).isFalse();
        assertThat(opened.get("confirmPrompt").isNull()).isTrue();
        confirm(item.receipt()).expectStatus().isEqualTo(409);

        publishAndAwait(CaseFixtures.stepOf(caseId, 4, Step.REPLIED, State.REPLIED, items));
        JsonNode replied = status(item.receipt());
        assertThat(replied.get("status").asString()).isEqualTo("RECTIFICATION_REPORTED");
        assertThat(replied.get("statusLabel").asString()).isEqualTo("已报告整改，待核查 / Rectification reported");
        assertThat(replied.get("canConfirm").asBoolean()).isTrue();
        assertThat(replied.get("confirmPrompt").asString())
                .isEqualTo("单位已报告整改，问题是否真正解决？/ The unit reports the problem fixed: is it?");
        assertThat(replied.toString()).doesNotContain(caseId.toString());

        String followUpId = confirm(item.receipt())
                .expectStatus()
                .isAccepted()
                .expectBody(JsonNode.class)
                .returnResult()
                .getResponseBody()
                .get("followUpId")
                .asString();
        FollowUpRecorded confirmation = awaitFollowUp(item.itemId(), followUpId);
        assertThat(confirmation.kind()).isEqualTo(FollowUpRecorded.Kind.CONFIRMATION);
        assertThat(confirmation.rectified()).isEqualTo(FollowUpRecorded.Rectified.PARTLY);
        assertThat(confirmation.askedBy()).isNull();

        JsonNode staffView = item(item.itemId());
        assertThat(staffView.get("status").asString()).isEqualTo("RECTIFICATION_REPORTED");
        JsonNode heldCase = staffView.get("cases").get(0);
        assertThat(heldCase.get("caseId").asString()).isEqualTo(caseId.toString());
        assertThat(heldCase.get("sequence").asLong()).isEqualTo(4);
        assertThat(heldCase.get("rungCode").asString()).isEqualTo("ORANGE");
    }

    @Test
    void anOlderStepDeliveredLateAndAReplayedStepChangeNothing() {
        Submitted item = submitAndAwaitRegistration();
        UUID caseId = UUID.randomUUID();
        List<UUID> items = List.of(UUID.fromString(item.itemId()));
        CaseStepped closed = CaseFixtures.stepOf(caseId, 6, Step.CLOSED, State.CLOSED, items);

        publishAndAwait(closed);
        assertThat(status(item.receipt()).get("status").asString()).isEqualTo("CLOSED");

        publishAndAwait(CaseFixtures.stepOf(caseId, 3, Step.ACKNOWLEDGED, State.ACKNOWLEDGED, items));
        publishAndAwait(closed);

        JsonNode status = status(item.receipt());
        assertThat(status.get("status").asString()).isEqualTo("CLOSED");
        assertThat(status.get("canConfirm").asBoolean()).isTrue();
        assertThat(item(item.itemId()).get("cases").get(0).get("sequence").asLong())
                .isEqualTo(6);
    }

    @Test
    void anUnfinishedCaseDecidesOverAFinishedOneAndAReferralReadsVaguely() {
        Submitted item = submitAndAwaitRegistration();
        List<UUID> items = List.of(UUID.fromString(item.itemId()));
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();

        publishAndAwait(CaseFixtures.stepOf(first, 5, Step.REFERRED, State.REFERRED, items));
        JsonNode referred = status(item.receipt());
        assertThat(referred.get("status").asString()).isEqualTo("REFERRED");
        assertThat(referred.get("statusLabel").asString()).isEqualTo("已移交有关部门 / Handed over");
        assertThat(referred.get("canConfirm").asBoolean()).isFalse();

        publishAndAwait(CaseFixtures.stepOf(second, 1, Step.OPENED, State.OPEN, items));
        assertThat(status(item.receipt()).get("status").asString()).isEqualTo("IN_DISPOSAL");
        assertThat(item(item.itemId()).get("cases").size()).isEqualTo(2);
    }

    @Test
    void aStepThatArrivesBeforeItsItemIsNotLost() {
        SubmissionReceived received = SubmissionFixtures.anySubmissionReceived();
        publishAndAwait(CaseFixtures.stepOf(UUID.randomUUID(), 1, Step.OPENED, State.OPEN, List.of(received.itemId())));

        TestKafka.publish(Topics.SUBMISSION_RECEIVED.name(), received.itemId().toString(), received);

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(TestKafka.readAll(Topics.ITEM_SUBMITTED.name()))
                .filteredOn(r -> received.itemId().toString().equals(r.key()))
                .hasSize(1));
        JsonNode item = item(received.itemId());
        assertThat(item.get("status").asString()).isEqualTo("IN_DISPOSAL");
        assertThat(item.get("description").asString()).isEqualTo(SubmissionFixtures.DESCRIPTION);
    }

    private record Submitted(String itemId, String receipt) {}

    private static void publishAndAwait(CaseStepped step) {
        RecordMetadata sent =
                TestKafka.publish(Topics.CASE_STEPS.name(), step.caseId().toString(), step);
        ConsumerGroups.awaitProcessed(CASES_GROUP, sent.topic(), sent.partition(), sent.offset());
    }

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

    private RestTestClient.ResponseSpec confirm(String receipt) {
        return anonymous()
                .post()
                .uri("/api/receipts/confirmation")
                .contentType(MediaType.APPLICATION_JSON)
                .body(FollowUpFixtures.anyConfirmation(receipt))
                .exchange();
    }

    private static FollowUpRecorded awaitFollowUp(String itemId, String followUpId) {
        return await().atMost(PATIENCE)
                .until(
                        () -> TestKafka.readAll(Topics.FOLLOW_UP_RECORDED.name()).stream()
                                .filter(r -> itemId.equals(r.key()))
                                .map(r -> TestKafka.value(r, FollowUpRecorded.class))
                                .filter(f -> f.followUpId().toString().equals(followUpId))
                                .findFirst(),
                        Optional::isPresent)
                .orElseThrow();
    }
}
