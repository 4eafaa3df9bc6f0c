package org.qingfeng.analysis.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.qingfeng.analysis.ItemFixtures.anyItem;
import static org.qingfeng.analysis.ItemFixtures.informantItem;
import static org.qingfeng.analysis.ItemFixtures.triaged;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.qingfeng.analysis.AnalysisIntegrationTest;
import org.qingfeng.analysis.NetworkFixtures;
import org.qingfeng.contracts.EventDeserializer;
import org.qingfeng.contracts.EventIds;
import org.qingfeng.contracts.Topics;
import org.qingfeng.contracts.analysis.ItemTriaged;
import org.qingfeng.contracts.analysis.TriageDecision;
import org.qingfeng.contracts.audit.AuditAction;
import org.qingfeng.contracts.audit.AuditRecorded;
import org.qingfeng.contracts.intake.ItemSubmitted;
import org.qingfeng.testsupport.ConsumerGroups;
import org.qingfeng.testsupport.TestKafka;
import org.qingfeng.testsupport.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Decisions taken over HTTP, published, and projected back, on the real broker and Mongo wire server. */
class TriageIT extends AnalysisIntegrationTest {

    private static final String ITEMS = Topics.ITEM_SUBMITTED.name();
    private static final String DECISIONS = Topics.ITEM_TRIAGED.name();
    private static final String AUDIT = Topics.AUDIT_RECORDED.name();

    @Autowired
    MongoDatabase database;

    @Test
    void refusesADecisionOnAnItemAnalysisHasNotSeen() {
        MvcTestResult result = decide("""
                {"itemId": "%s", "decision": "ACCEPTED", "classification": {"subjectArea": "work-style", "severity": "MINOR"}}""".formatted(UUID.randomUUID()));

        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo("itemId");
    }

    @Test
    void publishesNumberedDecisionsAndProjectsTheLatestIntoTriageAndAssessment() {
        ItemSubmitted item = informantItem(
                NetworkFixtures.anyToken(), Instant.parse("2026-11-03T01:15:30Z"), LocalDate.of(2026, 10, 28));
        ItemSubmitted earlier = anyItem();
        submit(item);
        submit(earlier);
        ConsumerGroups.awaitConsumed(TRIAGE_GROUP, ITEMS);

        assertThat(decide("""
                        {"itemId": "%s", "decision": "ACCEPTED", "classification": {"subjectArea": "work-style", "severity": "MINOR"}}""".formatted(item.itemId())))
                .hasStatus(HttpStatus.ACCEPTED)
                .bodyJson()
                .isStrictlyEqualTo("""
                        {"itemId": "%s", "sequence": 1}""".formatted(item.itemId()));
        assertThat(decide("""
                        {"itemId": "%s", "decision": "DUPLICATE", "relatedItemId": "%s"}""".formatted(item.itemId(), earlier.itemId())))
                .hasStatus(HttpStatus.ACCEPTED)
                .bodyJson()
                .extractingPath("$.sequence")
                .isEqualTo(2);
        assertThat(decide("""
                        {"itemId": "%s", "decision": "UNFOUNDED"}""".formatted(item.itemId())))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.errors[0].field")
                .isEqualTo("reason");

        List<ItemTriaged> published = publishedFor(item.itemId());
        assertThat(published).extracting(ItemTriaged::sequence).containsExactly(1, 2);
        assertThat(published)
                .extracting(ItemTriaged::eventId)
                .containsExactly(
                        EventIds.derive("item-triaged", item.itemId() + "#1"),
                        EventIds.derive("item-triaged", item.itemId() + "#2"));
        assertThat(published.get(1).relatedItemId()).isEqualTo(earlier.itemId());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(document("triage_items", item.itemId()))
                    .containsEntry("decision", "DUPLICATE")
                    .containsEntry("decisionSequence", 2)
                    .containsEntry("lastSequence", 2);
            assertThat(document("assessment_items", item.itemId())).containsEntry("decision", "DUPLICATE");
        });
    }

    @Test
    void keepsADecisionThatArrivesBeforeItsItemAndNumbersTheNextOneAfterIt() {
        ItemSubmitted item = anyItem();
        TestKafka.publish(
                DECISIONS,
                item.itemId().toString(),
                triaged(item.itemId(), 3, TriageDecision.LINKED, UUID.randomUUID()));
        TestKafka.publish(DECISIONS, item.itemId().toString(), triaged(item.itemId(), 1, TriageDecision.ACCEPTED));
        ConsumerGroups.awaitConsumed(TRIAGE_GROUP, DECISIONS);
        assertThat(decide("""
                        {"itemId": "%s", "decision": "ACCEPTED", "classification": {"subjectArea": "work-style", "severity": "MINOR"}}""".formatted(item.itemId()))).hasStatus(HttpStatus.BAD_REQUEST);

        submit(item);
        ConsumerGroups.awaitConsumed(TRIAGE_GROUP, ITEMS);

        assertThat(document("triage_items", item.itemId()))
                .containsEntry("decision", "LINKED")
                .containsEntry("decisionSequence", 3)
                .containsEntry("submitted", true);
        assertThat(decide("""
                        {"itemId": "%s", "decision": "ACCEPTED", "classification": {"subjectArea": "work-style", "severity": "MINOR"}}""".formatted(item.itemId())))
                .hasStatus(HttpStatus.ACCEPTED)
                .bodyJson()
                .extractingPath("$.sequence")
                .isEqualTo(4);
    }

    @Test
    void givesDecisionsSentAtOnceDifferentNumbers() {
        ItemSubmitted item = anyItem();
        submit(item);
        ConsumerGroups.awaitConsumed(TRIAGE_GROUP, ITEMS);

        List<CompletableFuture<MvcTestResult>> concurrent = IntStream.range(0, 4)
                .mapToObj(i -> CompletableFuture.supplyAsync(() -> decide("""
                        {"itemId": "%s", "decision": "ACCEPTED", "classification": {"subjectArea": "work-style", "severity": "MINOR"}}""".formatted(item.itemId()))))
                .toList();

        assertThat(concurrent.stream().map(CompletableFuture::join))
                .allSatisfy(result -> assertThat(result).hasStatus(HttpStatus.ACCEPTED));
        assertThat(publishedFor(item.itemId()))
                .extracting(ItemTriaged::sequence)
                .containsExactlyInAnyOrder(1, 2, 3, 4);
    }

    @Test
    void auditsEachDecisionWithTheCallersSubjectAndTheDecisionsNameButNeverTheReason() {
        ItemSubmitted item = anyItem();
        submit(item);
        ConsumerGroups.awaitConsumed(TRIAGE_GROUP, ITEMS);
        String reason = "举报内容经核查与事实不符，当事人已说明情况。";
        String subject = "u-" + UUID.randomUUID();

        assertThat(mvc.post()
                        .uri("/api/triage")
                        .header(
                                HttpHeaders.AUTHORIZATION,
                                "Bearer "
                                        + TestTokens.token()
                                                .subject(subject)
                                                .node(NetworkFixtures.ROOT)
                                                .roles("WORK_STATION_STAFF")
                                                .sign())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"itemId": "%s", "decision": "UNFOUNDED", "reason": "%s"}""".formatted(item.itemId(), reason)))
                .hasStatus(HttpStatus.ACCEPTED);

        List<byte[]> raw = TestKafka.valuesOf(AUDIT, "analysis-service").stream()
                .filter(value -> new String(value, StandardCharsets.UTF_8)
                        .contains(item.itemId().toString()))
                .toList();
        assertThat(raw).hasSize(1);
        assertThat(new String(raw.get(0), StandardCharsets.UTF_8)).doesNotContain(reason, "经核查");
        try (EventDeserializer deserializer = new EventDeserializer()) {
            AuditRecorded recorded = (AuditRecorded) deserializer.deserialize(AUDIT, raw.get(0));
            assertThat(recorded.actor()).isEqualTo(subject);
            assertThat(recorded.actorRoles()).containsExactly("WORK_STATION_STAFF");
            assertThat(recorded.actorNode()).isEqualTo(NetworkFixtures.ROOT);
            assertThat(recorded.service()).isEqualTo("analysis-service");
            assertThat(recorded.action()).isEqualTo(AuditAction.TRIAGE_DECIDED);
            assertThat(recorded.targetType()).isEqualTo("item");
            assertThat(recorded.targetId()).isEqualTo(item.itemId().toString());
            assertThat(recorded.scopeNode()).isEqualTo(item.item().regionCode());
            assertThat(recorded.detail()).isEqualTo("UNFOUNDED");
            assertThat(recorded.reason()).isNull();
            assertThat(recorded.outcome()).isEqualTo("GRANTED");
        }
    }

    private MvcTestResult decide(String body) {
        return mvc.post()
                .uri("/api/triage")
                .contentType(MediaType.APPLICATION_JSON)
                .content(body)
                .exchange();
    }

    private Document document(String collection, UUID itemId) {
        Document found = database.getCollection(collection)
                .find(Filters.eq("_id", itemId.toString()))
                .first();
        assertThat(found).isNotNull();
        return found;
    }

    private static List<ItemTriaged> publishedFor(UUID itemId) {
        try (EventDeserializer deserializer = new EventDeserializer()) {
            return TestKafka.valuesOf(DECISIONS, itemId.toString()).stream()
                    .map(value -> (ItemTriaged) deserializer.deserialize(DECISIONS, value))
                    .toList();
        }
    }

    private static void submit(ItemSubmitted item) {
        TestKafka.publish(ITEMS, item.itemId().toString(), item);
    }
}
