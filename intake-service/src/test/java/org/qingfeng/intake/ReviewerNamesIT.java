package org.qingfeng.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoDatabase;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.qingfeng.contracts.EventIds;
import org.qingfeng.contracts.Topics;
import org.qingfeng.contracts.intake.ReviewerNamed;
import org.qingfeng.contracts.intake.SubmissionReceived;
import org.qingfeng.intake.submission.rules.SubmissionDraft;
import org.qingfeng.testsupport.ConsumerGroups;
import org.qingfeng.testsupport.TestKafka;
import org.qingfeng.testsupport.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.JsonNode;

/**
 * Reviewers register names; items naming them among the persons concerned yield {@code
 * ReviewerNamed} for them alone, whether the item came after the registration or before it; and the
 * names themselves are nowhere: not on any topic, in any document or in the log.
 */
@ExtendWith(OutputCaptureExtension.class)
class ReviewerNamesIT extends IntakeIntegrationTest {

    private static final String REVIEWERS_GROUP = "intake-service-reviewers";
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    /** Names no other test uses, so only these reviewers can be named. */
    private static final String EMBEDDED = "甄翠微";

    private static final String LATIN = "Quill Amberton";
    private static final String LATER = "覃墨砚";
    private static final String OTHER = "欧阳锦霞";

    @Autowired
    MongoDatabase database;

    /** The same two accounts in every test: a registration replaces the account's earlier names. */
    private final String first = "u-reviewer-a";

    private final String second = "u-reviewer-b";

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
    void anItemNamingAReviewerIsReportedForThatReviewerOnlyAndNamesNoOneOnAnyTopic(CapturedOutput output) {
        register(reviewer(first, NetworkFixtures.COUNTY, "WORK_STATION_STAFF"), List.of(EMBEDDED, LATIN), 2);
        register(reviewer(second, NetworkFixtures.TOWNSHIP, "TOWNSHIP_STAFF"), List.of(OTHER), 1);

        String named = submit("城关镇副镇长" + EMBEDDED + "（分管财务）");
        String latin = submit("Director " + LATIN.toUpperCase() + ", finance");
        String unnamed = submit("财务科科长");
        String nobody = submit(null);

        assertThat(reviewersNamedIn(awaitNamed(named))).containsExactly(first);
        assertThat(reviewersNamedIn(awaitNamed(latin))).containsExactly(first);
        awaitMatched(unnamed);
        awaitMatched(nobody);
        assertThat(namedRecords(unnamed)).isEmpty();
        assertThat(namedRecords(nobody)).isEmpty();
        ReviewerNamed event = TestKafka.value(namedRecords(named).get(0), ReviewerNamed.class);
        assertThat(event.eventId()).isEqualTo(EventIds.derive("reviewer-named", named + "|" + first));

        for (String topic : List.of(
                Topics.REVIEWER_NAMES.name(),
                Topics.REVIEWER_NAMED.name(),
                Topics.SUBMISSION_RECEIVED.name(),
                Topics.ITEM_SUBMITTED.name(),
                Topics.AUDIT_RECORDED.name())) {
            assertThat(texts(topic)).as(topic).noneMatch(ReviewerNamesIT::carriesAName);
        }
        assertThat(everyDocument()).noneMatch(ReviewerNamesIT::carriesAName);
        assertThat(carriesAName(output.getAll())).isFalse();
    }

    @Test
    void anItemThatCameBeforeTheRegistrationIsFoundByTheRecheck() {
        String earlier = submit("村会计" + LATER);
        awaitMatched(earlier);
        assertThat(namedRecords(earlier)).isEmpty();

        register(reviewer(second, NetworkFixtures.TOWNSHIP, "TOWNSHIP_STAFF"), List.of(LATER), 1);

        assertThat(reviewersNamedIn(awaitNamed(earlier))).containsExactly(second);
    }

    @Test
    void aReplayedSubmissionPublishesTheSameFactAgainNotANewOne() {
        register(reviewer(first, NetworkFixtures.COUNTY, "WORK_STATION_STAFF"), List.of(EMBEDDED), 1);
        String itemId = submit(EMBEDDED + "同志");
        awaitNamed(itemId);
        ConsumerRecord<String, byte[]> original = submissionOf(itemId);

        RecordMetadata replay = TestKafka.publish(
                Topics.SUBMISSION_RECEIVED.name(), itemId, TestKafka.value(original, SubmissionReceived.class));
        ConsumerGroups.awaitProcessed(REVIEWERS_GROUP, replay.topic(), replay.partition(), replay.offset());

        assertThat(namedRecords(itemId))
                .hasSizeGreaterThanOrEqualTo(2)
                .extracting(r -> TestKafka.value(r, ReviewerNamed.class).eventId())
                .containsOnly(EventIds.derive("reviewer-named", itemId + "|" + first));
    }

    @Test
    void namesAreCheckedAndOnlyCountsAreReadBack() {
        RestTestClient reviewer = reviewer(first, NetworkFixtures.COUNTY, "WORK_STATION_STAFF");
        reviewer.put()
                .uri("/api/reviewers/names")
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("names", List.of("甄翠微", "甄", "甄\u202e翠")))
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[*].field")
                .isEqualTo(List.of("names[1]", "names[2]"));
        as(TestTokens.bearer(NetworkFixtures.COUNTY, "NETWORK_ADMIN"))
                .put()
                .uri("/api/reviewers/names")
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("names", List.of(EMBEDDED)))
                .exchange()
                .expectStatus()
                .isForbidden();

        register(reviewer, List.of(EMBEDDED, " " + EMBEDDED + " ", LATIN), 2);

        JsonNode read = reviewer.get()
                .uri("/api/reviewers/names")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(JsonNode.class)
                .returnResult()
                .getResponseBody();
        assertThat(read.properties()).extracting(Map.Entry::getKey).containsExactlyInAnyOrder("count", "registeredAt");
    }

    private RestTestClient reviewer(String subject, String node, String role) {
        return as("Bearer "
                + TestTokens.token().subject(subject).node(node).roles(role).sign());
    }

    /** Registers {@code names} and waits until the projection holds them. */
    private static void register(RestTestClient reviewer, List<String> names, int distinct) {
        reviewer.put()
                .uri("/api/reviewers/names")
                .contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("names", names))
                .exchange()
                .expectStatus()
                .isAccepted()
                .expectBody()
                .jsonPath("$.count")
                .isEqualTo(distinct);
        await().atMost(PATIENCE).untilAsserted(() -> reviewer.get()
                .uri("/api/reviewers/names")
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.count")
                .isEqualTo(distinct));
    }

    /** Submits an item whose concerned persons are {@code concerns}; its id. */
    private String submit(String concerns) {
        SubmissionDraft draft = new SubmissionDraft(
                NetworkFixtures.VILLAGE,
                NetworkFixtures.DEPARTMENT,
                "work-style",
                null,
                null,
                null,
                null,
                SubmissionFixtures.DESCRIPTION,
                null,
                null,
                concerns,
                null);
        return anonymous()
                .post()
                .uri("/api/items")
                .contentType(MediaType.APPLICATION_JSON)
                .body(draft)
                .exchange()
                .expectStatus()
                .isAccepted()
                .expectBody(JsonNode.class)
                .returnResult()
                .getResponseBody()
                .get("itemId")
                .asString();
    }

    private static List<ConsumerRecord<String, byte[]>> awaitNamed(String itemId) {
        return await().atMost(PATIENCE).until(() -> namedRecords(itemId), records -> !records.isEmpty());
    }

    /** Waits until the matching listener has committed past the item's submission record. */
    private static void awaitMatched(String itemId) {
        ConsumerRecord<String, byte[]> record =
                await().atMost(PATIENCE).until(() -> submissionOf(itemId), r -> r != null);
        ConsumerGroups.awaitProcessed(REVIEWERS_GROUP, record.topic(), record.partition(), record.offset());
    }

    private static ConsumerRecord<String, byte[]> submissionOf(String itemId) {
        return TestKafka.readAll(Topics.SUBMISSION_RECEIVED.name()).stream()
                .filter(r -> itemId.equals(r.key()))
                .findFirst()
                .orElse(null);
    }

    private static List<ConsumerRecord<String, byte[]>> namedRecords(String itemId) {
        return TestKafka.readAll(Topics.REVIEWER_NAMED.name()).stream()
                .filter(r -> itemId.equals(r.key()))
                .toList();
    }

    private static List<String> reviewersNamedIn(List<ConsumerRecord<String, byte[]>> records) {
        return records.stream()
                .map(r -> TestKafka.value(r, ReviewerNamed.class).reviewerSubject())
                .distinct()
                .toList();
    }

    private static boolean carriesAName(String text) {
        String upper = text.toUpperCase();
        return text.contains(EMBEDDED)
                || text.contains(LATER)
                || text.contains(OTHER)
                || upper.contains("AMBERTON")
                || upper.contains("QUILL");
    }

    private static List<String> texts(String topic) {
        List<String> texts = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> record : TestKafka.readAll(topic)) {
            texts.add(String.valueOf(record.key()));
            if (record.value() != null) {
                texts.add(new String(record.value(), StandardCharsets.UTF_8));
            }
            record.headers().forEach(h -> texts.add(new String(h.value(), StandardCharsets.UTF_8)));
        }
        return texts;
    }

    private List<String> everyDocument() {
        List<String> texts = new ArrayList<>();
        for (String collection : database.listCollectionNames()) {
            database.getCollection(collection).find().map(Document::toJson).forEach(texts::add);
        }
        return texts;
    }
}
