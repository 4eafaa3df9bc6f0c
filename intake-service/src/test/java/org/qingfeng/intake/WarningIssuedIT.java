package org.qingfeng.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.junit.jupiter.api.Test;
import org.qingfeng.contracts.Topics;
import org.qingfeng.contracts.disposal.WarningColour;
import org.qingfeng.contracts.disposal.WarningIssued;
import org.qingfeng.contracts.intake.SubmissionReceived;
import org.qingfeng.testsupport.ConsumerGroups;
import org.qingfeng.testsupport.TestKafka;
import tools.jackson.databind.JsonNode;

class WarningIssuedIT extends IntakeIntegrationTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Test
    void aWarningIssuedAboutAnItemChangesItsStatus() {
        SubmissionReceived received = SubmissionFixtures.anySubmissionReceived();
        TestKafka.publish(Topics.SUBMISSION_RECEIVED.name(), received.itemId().toString(), received);
        await().atMost(PATIENCE).until(() -> status(received.itemId()).equals("REGISTERED"));

        WarningIssued warning = warningAbout(received.itemId());
        TestKafka.publish(Topics.WARNING_ISSUED.name(), warning.warningId().toString(), warning);

        await().atMost(PATIENCE).until(() -> status(received.itemId()).equals("WARNING_ISSUED"));
        JsonNode item = item(received.itemId());
        assertThat(item.get("statusLabel").asString()).isEqualTo("已预警 / Warning issued");
        assertThat(item.get("warning").get("warningId").asString())
                .isEqualTo(warning.warningId().toString());
        assertThat(item.get("warning").get("colour").asString()).isEqualTo("ORANGE");
        assertThat(item.get("warning").get("issuedAt").asString()).isEqualTo("2026-11-04T08:00:00Z");
    }

    @Test
    void aWarningThatArrivesBeforeItsItemIsNotLost() {
        SubmissionReceived received = SubmissionFixtures.anySubmissionReceived();
        WarningIssued warning = warningAbout(received.itemId());
        RecordMetadata sent = TestKafka.publish(
                Topics.WARNING_ISSUED.name(), warning.warningId().toString(), warning);
        ConsumerGroups.awaitProcessed(SERVICE_GROUP, sent.topic(), sent.partition(), sent.offset());

        TestKafka.publish(Topics.SUBMISSION_RECEIVED.name(), received.itemId().toString(), received);

        await().atMost(PATIENCE).untilAsserted(() -> assertThat(TestKafka.readAll(Topics.ITEM_SUBMITTED.name()))
                .filteredOn(r -> received.itemId().toString().equals(r.key()))
                .hasSize(1));
        JsonNode item = item(received.itemId());
        assertThat(item.get("status").asString()).isEqualTo("WARNING_ISSUED");
        assertThat(item.get("description").asString()).isEqualTo(SubmissionFixtures.DESCRIPTION);
    }

    private static WarningIssued warningAbout(UUID itemId) {
        return new WarningIssued(
                UUID.randomUUID(),
                Instant.parse("2026-11-04T08:00:00Z"),
                UUID.randomUUID(),
                itemId,
                NetworkFixtures.DEPARTMENT,
                NetworkFixtures.TOWNSHIP,
                WarningColour.ORANGE,
                "test-1",
                "a reason");
    }

    private String status(UUID itemId) {
        return http.get()
                .uri("/api/items/" + itemId)
                .exchange()
                .returnResult(JsonNode.class)
                .getResponseBody()
                .path("status")
                .asString("");
    }
}
