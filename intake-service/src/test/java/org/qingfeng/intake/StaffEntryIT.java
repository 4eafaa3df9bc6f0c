package org.qingfeng.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qingfeng.contracts.Topics;
import org.qingfeng.contracts.intake.Channel;
import org.qingfeng.contracts.intake.ItemSubmitted;
import org.qingfeng.contracts.intake.SubmissionReceived;
import org.qingfeng.contracts.intake.SubmitterKind;
import org.qingfeng.testsupport.TestKafka;
import org.qingfeng.testsupport.TestTokens;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;

/** Staff entering items on a reporter's behalf, on the real broker. */
class StaffEntryIT extends IntakeIntegrationTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String STAFF_SUBJECT = "u-staff-" + UUID.randomUUID();

    @BeforeEach
    void loadTheNetwork() {
        http.put()
                .uri("/api/network/nodes")
                .contentType(MediaType.APPLICATION_JSON)
                .body(NetworkFixtures.asDrafts(NetworkFixtures.anyNetwork()))
                .exchange()
                .expectStatus()
                .isAccepted();
    }

    @Test
    void aLetterEnteredByTownshipStaffIsPublishedWithItsChannelAsEnteredOnBehalf() {
        String contact = "来信人地址-" + UUID.randomUUID();
        JsonNode accepted = township()
                .post()
                .uri("/api/items/on-behalf")
                .contentType(MediaType.APPLICATION_JSON)
                .header("Idempotency-Key", "letter-" + UUID.randomUUID())
                .body(entry("LETTER", NetworkFixtures.VILLAGE, contact))
                .exchange()
                .expectStatus()
                .isAccepted()
                .expectHeader()
                .valueEquals(HttpHeaders.CACHE_CONTROL, "no-store")
                .expectBody(JsonNode.class)
                .returnResult()
                .getResponseBody();
        String itemId = accepted.get("itemId").asString();
        assertThat(accepted.get("receipt").asString()).matches("[0-9A-Z]{4}(-[0-9A-Z]{4}){5}");

        ItemSubmitted published = TestKafka.value(only(Topics.ITEM_SUBMITTED.name(), itemId), ItemSubmitted.class);
        assertThat(published.item().channel()).isEqualTo(Channel.LETTER);
        assertThat(published.submitterKind()).isEqualTo(SubmitterKind.STAFF_ON_BEHALF);
        assertThat(published.informantToken()).isNull();
        SubmissionReceived record =
                TestKafka.value(only(Topics.SUBMISSION_RECEIVED.name(), itemId), SubmissionReceived.class);
        assertThat(record.enteredBy()).isEqualTo(STAFF_SUBJECT);
        assertThat(record.submitter()).isNotNull();
        assertThat(TestKafka.readAll(Topics.SUBMISSION_RECEIVED.name()))
                .noneMatch(r -> new String(r.value(), StandardCharsets.UTF_8).contains(contact));
    }

    @Test
    void theSameIdempotencyKeyLandsOnTheSameItem() {
        String key = "visit-" + UUID.randomUUID();
        Map<String, Object> body = entry("VISIT", NetworkFixtures.VILLAGE, null);

        String first = enter(body, key).get("itemId").asString();
        String again = enter(body, key).get("itemId").asString();

        assertThat(again).isEqualTo(first);
    }

    @Test
    void aRegionOutsideTheCallersTownshipIsNotFoundAndAnUnknownOneIsNamed() {
        township()
                .post()
                .uri("/api/items/on-behalf")
                .contentType(MediaType.APPLICATION_JSON)
                .body(entry("HOTLINE", NetworkFixtures.CITY_UNIT, null))
                .exchange()
                .expectStatus()
                .isNotFound();
        township()
                .post()
                .uri("/api/items/on-behalf")
                .contentType(MediaType.APPLICATION_JSON)
                .body(entry("HOTLINE", "330281-101-777", null))
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("regionCode");
    }

    @Test
    void theChannelMustBeOneStaffEnter() {
        township()
                .post()
                .uri("/api/items/on-behalf")
                .contentType(MediaType.APPLICATION_JSON)
                .body(entry("WEB_FORM", NetworkFixtures.VILLAGE, null))
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("channel");
    }

    @Test
    void onlyStaffEnterOnBehalf() {
        as(TestTokens.bearer(NetworkFixtures.TOWNSHIP, "INFORMANT"))
                .post()
                .uri("/api/items/on-behalf")
                .contentType(MediaType.APPLICATION_JSON)
                .body(entry("LETTER", NetworkFixtures.VILLAGE, null))
                .exchange()
                .expectStatus()
                .isForbidden();
        anonymous()
                .post()
                .uri("/api/items/on-behalf")
                .contentType(MediaType.APPLICATION_JSON)
                .body(entry("LETTER", NetworkFixtures.VILLAGE, null))
                .exchange()
                .expectStatus()
                .isUnauthorized();
    }

    private JsonNode enter(Map<String, Object> body, String key) {
        return township()
                .post()
                .uri("/api/items/on-behalf")
                .contentType(MediaType.APPLICATION_JSON)
                .header("Idempotency-Key", key)
                .body(body)
                .exchange()
                .expectStatus()
                .isAccepted()
                .expectBody(JsonNode.class)
                .returnResult()
                .getResponseBody();
    }

    private RestTestClient township() {
        return as("Bearer "
                + TestTokens.token()
                        .subject(STAFF_SUBJECT)
                        .roles("TOWNSHIP_STAFF")
                        .node(NetworkFixtures.TOWNSHIP)
                        .sign());
    }

    private static Map<String, Object> entry(String channel, String region, String contact) {
        Map<String, Object> body = new HashMap<>();
        body.put("regionCode", region);
        body.put("unitCode", NetworkFixtures.DEPARTMENT);
        body.put("subjectArea", "work-style");
        body.put("channel", channel);
        body.put("description", "来信反映村集体资金使用未按规定公示。" + UUID.randomUUID());
        if (contact != null) {
            body.put("contact", contact);
        }
        return body;
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
