package org.qingfeng.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.qingfeng.contracts.Topics;
import org.qingfeng.contracts.intake.SubmissionReceived;
import org.qingfeng.testsupport.TestKafka;

class PoisonRecordIT extends IntakeIntegrationTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Test
    void anUnreadableSubmissionGoesToTheDeadLetterTopicWithItsBytesAndTheNextOneIsProcessed() {
        String key = UUID.randomUUID().toString();
        byte[] poison = "{not json".getBytes(StandardCharsets.UTF_8);
        TestKafka.publishRaw(Topics.SUBMISSION_RECEIVED.name(), key, poison);
        SubmissionReceived next = SubmissionFixtures.anySubmissionReceived();
        TestKafka.publish(Topics.SUBMISSION_RECEIVED.name(), key, next);

        awaitDeadLetter("intake.submission-received.v1.dlt", key, poison);
        await().atMost(PATIENCE).untilAsserted(() -> http.get()
                .uri("/api/items/" + next.itemId())
                .exchange()
                .expectStatus()
                .isOk());
    }

    @Test
    void anIncompleteSubmissionGoesToTheDeadLetterTopic() {
        String key = UUID.randomUUID().toString();
        byte[] incomplete = "{\"eventId\":\"%s\",\"itemId\":\"%s\"}"
                .formatted(UUID.randomUUID(), key)
                .getBytes(StandardCharsets.UTF_8);

        TestKafka.publishRaw(Topics.SUBMISSION_RECEIVED.name(), key, incomplete);

        awaitDeadLetter("intake.submission-received.v1.dlt", key, incomplete);
    }

    @Test
    void anUnreadableWarningGoesToItsOwnDeadLetterTopic() {
        String key = UUID.randomUUID().toString();
        byte[] poison = "[]".getBytes(StandardCharsets.UTF_8);

        TestKafka.publishRaw(Topics.WARNING_ISSUED.name(), key, poison);

        awaitDeadLetter("intake.warning-issued.v1.dlt", key, poison);
    }

    private static void awaitDeadLetter(String topic, String key, byte[] value) {
        await().atMost(PATIENCE).untilAsserted(() -> assertThat(TestKafka.readAll(topic))
                .filteredOn(r -> key.equals(r.key()))
                .singleElement()
                .satisfies(r -> assertThat(r.value()).isEqualTo(value)));
    }
}
