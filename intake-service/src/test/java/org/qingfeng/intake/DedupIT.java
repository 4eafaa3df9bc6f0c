package org.qingfeng.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qingfeng.contracts.EventIds;
import org.qingfeng.contracts.Topics;
import org.qingfeng.contracts.intake.ItemMatched;
import org.qingfeng.contracts.intake.ItemMatched.Relation;
import org.qingfeng.contracts.intake.ItemSubmitted;
import org.qingfeng.intake.submission.rules.SubmissionDraft;
import org.qingfeng.testsupport.ConsumerGroups;
import org.qingfeng.testsupport.TestKafka;
import org.qingfeng.testsupport.TestTokens;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

/**
 * Duplicates and links end to end: items submitted over HTTP, {@code ItemSubmitted} on the broker,
 * the dedup listener in its own group, {@code ItemMatched} on the broker and the matches read back.
 */
class DedupIT extends IntakeIntegrationTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final String DEDUP_GROUP = "intake-service-dedup";

    private static final String FIRST = "东山村卫生室的村医给老人打针，每针多收十元挂号费，不开票据，已经持续三个月。";
    private static final String REWORDED = "东山村卫生室村医给老人打针时每针多收十元挂号费，也不开票据，持续三个月了！";
    private static final String ELSEWHERE = "镇卫生院监测点反映：卫生室的医生给老人打针，每针多收十元挂号费，不开票据。";
    private static final String UNRELATED = "东山村卫生室房屋年久失修，雨天漏水，药品柜受潮发霉，无人过问。";

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
    void aRewordedReportIsTheSameIncidentAnotherPlaceIsLinkedAndAnUnrelatedOneIsNothing() {
        UUID first = submit(NetworkFixtures.VILLAGE, FIRST);
        awaitIndexed(first);
        UUID again = submit(NetworkFixtures.VILLAGE, REWORDED);
        ItemMatched incident = awaitMatch(again);
        assertThat(incident.relation()).isEqualTo(Relation.SAME_INCIDENT);
        assertThat(incident.matchedItemId()).isEqualTo(first);
        assertThat(incident.method()).isEqualTo("minhash-lsh-1");
        assertThat(incident.eventId()).isEqualTo(EventIds.derive("item-matched", again));
        assertThat(incident.similarity()).isBetween(0.45, 1.0);

        UUID elsewhere = submit(NetworkFixtures.POINT_IN_TOWNSHIP, ELSEWHERE);
        ItemMatched link = awaitMatch(elsewhere);
        assertThat(link.relation()).isEqualTo(Relation.SAME_PROBLEM_ELSEWHERE);
        assertThat(link.matchedItemId()).isIn(first, again);

        UUID unrelated = submit(NetworkFixtures.VILLAGE, UNRELATED);
        awaitIndexed(unrelated);
        assertThat(matchesPublishedFor(unrelated)).isEmpty();

        JsonNode matches = http.get()
                .uri("/api/items/" + first + "/matches")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(JsonNode.class)
                .returnResult()
                .getResponseBody()
                .get("matches");
        assertThat(matches.findValuesAsString("itemId")).contains(again.toString());
        assertThat(matches.findValuesAsString("relation")).contains("SAME_INCIDENT");
        assertThat(http.get()
                        .uri("/api/items/" + unrelated + "/matches")
                        .exchange()
                        .expectStatus()
                        .isOk()
                        .expectBody(JsonNode.class)
                        .returnResult()
                        .getResponseBody()
                        .get("matches"))
                .isEmpty();
    }

    @Test
    void aRedeliveredItemIsNeitherMatchedWithItselfNorPublishedTwice() {
        UUID first = submit(NetworkFixtures.VILLAGE, "东山村村委会把防汛物资分给村干部亲戚，村民领不到雨衣和手电。");
        UUID again = submit(NetworkFixtures.VILLAGE, "东山村村委会把防汛物资分给了村干部的亲戚，普通村民领不到雨衣手电。");
        awaitMatch(again);
        awaitIndexed(first);

        ConsumerRecord<String, byte[]> submitted = submittedRecord(again);
        var sent = TestKafka.publish(
                Topics.ITEM_SUBMITTED.name(), again.toString(), TestKafka.value(submitted, ItemSubmitted.class));
        ConsumerGroups.awaitProcessed(DEDUP_GROUP, sent.topic(), sent.partition(), sent.offset());

        assertThat(matchesPublishedFor(again)).hasSize(1);
        assertThat(matchesPublishedFor(first)).isEmpty();
    }

    @Test
    void matchesAreScopedLikeTheItem() {
        UUID item = submit(NetworkFixtures.VILLAGE, "东山村卫生室冒用村民身份办理慢病卡，套取医保基金。");
        awaitIndexed(item);
        as(TestTokens.bearer("330281-102", "TOWNSHIP_STAFF"))
                .get()
                .uri("/api/items/" + item + "/matches")
                .exchange()
                .expectStatus()
                .isEqualTo(HttpStatus.NOT_FOUND);
        anonymous()
                .get()
                .uri("/api/items/" + item + "/matches")
                .exchange()
                .expectStatus()
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        http.get()
                .uri("/api/items/" + UUID.randomUUID() + "/matches")
                .exchange()
                .expectStatus()
                .isNotFound();
    }

    private UUID submit(String region, String text) {
        JsonNode accepted = anonymous()
                .post()
                .uri("/api/items")
                .contentType(MediaType.APPLICATION_JSON)
                .body(new SubmissionDraft(
                        region, NetworkFixtures.DEPARTMENT, "work-style", null, null, null, null, text))
                .exchange()
                .expectStatus()
                .isAccepted()
                .expectBody(JsonNode.class)
                .returnResult()
                .getResponseBody();
        return UUID.fromString(accepted.get("itemId").asString());
    }

    /** Waits until the dedup group has passed the item's {@code ItemSubmitted}. */
    private static void awaitIndexed(UUID itemId) {
        ConsumerRecord<String, byte[]> record = submittedRecord(itemId);
        ConsumerGroups.awaitProcessed(DEDUP_GROUP, record.topic(), record.partition(), record.offset());
    }

    private static ConsumerRecord<String, byte[]> submittedRecord(UUID itemId) {
        return await().atMost(PATIENCE)
                .until(
                        () -> TestKafka.readAll(Topics.ITEM_SUBMITTED.name()).stream()
                                .filter(r -> itemId.toString().equals(r.key()))
                                .toList(),
                        records -> !records.isEmpty())
                .get(0);
    }

    private static ItemMatched awaitMatch(UUID itemId) {
        return await().atMost(PATIENCE)
                .until(() -> matchesPublishedFor(itemId), m -> !m.isEmpty())
                .get(0);
    }

    private static List<ItemMatched> matchesPublishedFor(UUID itemId) {
        return TestKafka.readAll(Topics.ITEM_MATCHED.name()).stream()
                .filter(r -> itemId.toString().equals(r.key()))
                .map(r -> TestKafka.value(r, ItemMatched.class))
                .toList();
    }
}
