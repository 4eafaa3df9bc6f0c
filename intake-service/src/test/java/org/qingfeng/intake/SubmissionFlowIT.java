package org.qingfeng.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.qingfeng.contracts.EventIds;
import org.qingfeng.contracts.Topics;
import org.qingfeng.contracts.intake.ItemSubmitted;
import org.qingfeng.contracts.intake.SubmissionReceived;
import org.qingfeng.testsupport.ConsumerGroups;
import org.qingfeng.testsupport.TestKafka;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

@ExtendWith(OutputCaptureExtension.class)
class SubmissionFlowIT extends IntakeIntegrationTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @BeforeEach
    void loadTheNetwork() {
        http.put()
                .uri("/api/network/nodes")
                .contentType(MediaType.APPLICATION_JSON)
                .body(NetworkFixtures.asDrafts(NetworkFixtures.anyNetwork()))
                .exchange()
                .expectStatus()
                .isAccepted()
                .expectBody()
                .jsonPath("$.accepted")
                .isEqualTo(NetworkFixtures.anyNetwork().size());
    }

    @Test
    void anItemSubmittedOverHttpIsReadableByIdAndByReceiptAndPublishedOnce(CapturedOutput output) {
        JsonNode accepted = http.post()
                .uri("/api/items")
                .contentType(MediaType.APPLICATION_JSON)
                .body(SubmissionFixtures.anySubmissionDraft())
                .exchange()
                .expectStatus()
                .isAccepted()
                .expectHeader()
                .valueMatches("Location", "/api/items/[0-9a-f-]{36}")
                .expectBody(JsonNode.class)
                .returnResult()
                .getResponseBody();
        String itemId = accepted.get("itemId").asString();
        String receipt = accepted.get("receipt").asString();
        assertThat(accepted.get("status").asString()).isEqualTo("RECEIVED");

        await().atMost(PATIENCE)
                .untilAsserted(
                        () -> assertThat(item(itemId).get("status").asString()).isEqualTo("REGISTERED"));
        JsonNode status = receiptStatus(receipt.toLowerCase());
        assertThat(status.get("status").asString()).isEqualTo("REGISTERED");
        assertThat(status.get("statusLabel").asString()).isEqualTo("已登记 / Registered");
        assertThat(status.get("submittedAt").asString())
                .isEqualTo(accepted.get("submittedAt").asString());
        assertThat(status.properties())
                .extracting(Map.Entry::getKey)
                .containsExactlyInAnyOrder(
                        "status", "statusLabel", "submittedAt", "thread", "canConfirm", "confirmPrompt");
        assertThat(status.get("thread").isEmpty()).isTrue();

        ConsumerRecord<String, byte[]> log = only(Topics.SUBMISSION_RECEIVED.name(), itemId);
        ConsumerGroups.awaitProcessed(SERVICE_GROUP, log.topic(), log.partition(), log.offset());
        ItemSubmitted published = TestKafka.value(only(Topics.ITEM_SUBMITTED.name(), itemId), ItemSubmitted.class);
        assertThat(published.eventId()).isEqualTo(EventIds.derive("item-submitted", UUID.fromString(itemId)));
        assertThat(published.item().townshipCode()).isEqualTo(NetworkFixtures.TOWNSHIP);
        assertThat(output).doesNotContain(receipt, receipt.replace("-", ""), SubmissionFixtures.DESCRIPTION);
    }

    @Test
    void theSubmissionLogIsPublishedOnceEvenWhenARecordIsDeliveredTwice() {
        SubmissionReceived received = SubmissionFixtures.anySubmissionReceived();
        String key = received.itemId().toString();

        TestKafka.publish(Topics.SUBMISSION_RECEIVED.name(), key, received);
        RecordMetadata again = TestKafka.publish(Topics.SUBMISSION_RECEIVED.name(), key, received);

        ConsumerGroups.awaitProcessed(SERVICE_GROUP, again.topic(), again.partition(), again.offset());
        assertThat(TestKafka.readAll(Topics.ITEM_SUBMITTED.name()))
                .filteredOn(record -> key.equals(record.key()))
                .hasSize(1);
        assertThat(item(key).get("description").asString()).isEqualTo(SubmissionFixtures.DESCRIPTION);
    }

    @Test
    void listsTheNewestItemsFirst() {
        String first = submit();
        String second = submit();

        await().atMost(PATIENCE)
                .untilAsserted(() -> assertThat(recentItemIds(200)).contains(first, second));
        List<String> recent = recentItemIds(200);
        assertThat(recent.indexOf(second)).isLessThan(recent.indexOf(first));
        assertThat(recentItemIds(1)).hasSize(1);
    }

    @Test
    void answersUnknownItemsAndReceiptsWith404() {
        http.get()
                .uri("/api/items/" + UUID.randomUUID())
                .exchange()
                .expectStatus()
                .isNotFound();
        http.post()
                .uri("/api/receipts/status")
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("receipt", "0000-0000-0000-0000-0000-0000"))
                .exchange()
                .expectStatus()
                .isNotFound()
                .expectHeader()
                .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }

    private String submit() {
        return http.post()
                .uri("/api/items")
                .contentType(MediaType.APPLICATION_JSON)
                .body(SubmissionFixtures.anySubmissionDraft())
                .exchange()
                .expectStatus()
                .isAccepted()
                .expectBody(JsonNode.class)
                .returnResult()
                .getResponseBody()
                .get("itemId")
                .asString();
    }

    private JsonNode receiptStatus(String receipt) {
        return http.post()
                .uri("/api/receipts/status")
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("receipt", receipt))
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(JsonNode.class)
                .returnResult()
                .getResponseBody();
    }

    private List<String> recentItemIds(int limit) {
        JsonNode items = http.get()
                .uri("/api/items?limit=" + limit)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(JsonNode.class)
                .returnResult()
                .getResponseBody();
        return items.get("items")
                .valueStream()
                .map(item -> item.get("itemId").asString())
                .toList();
    }

    private static ConsumerRecord<String, byte[]> only(String topic, String key) {
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(TestKafka.readAll(topic))
                .filteredOn(r -> key.equals(r.key()))
                .isNotEmpty());
        List<ConsumerRecord<String, byte[]>> records = TestKafka.readAll(topic).stream()
                .filter(r -> key.equals(r.key()))
                .toList();
        assertThat(records).hasSize(1);
        return records.get(0);
    }
}
