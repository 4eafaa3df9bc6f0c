package org.qingfeng.analysis.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qingfeng.analysis.ItemFixtures.anyItem;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.qingfeng.analysis.AnalysisIntegrationTest;
import org.qingfeng.contracts.EventDeserializer;
import org.qingfeng.contracts.Topics;
import org.qingfeng.contracts.analysis.ItemTriaged;
import org.qingfeng.contracts.intake.ItemSubmitted;
import org.qingfeng.testsupport.ConsumerGroups;
import org.qingfeng.testsupport.TestKafka;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/**
 * service-support's {@code Idempotency-Key} and input limits in a whole service: a retried decision
 * is published once, on the real broker and Mongo wire server.
 */
class TriageIdempotencyIT extends AnalysisIntegrationTest {

    private static final String DECISIONS = Topics.ITEM_TRIAGED.name();

    @Test
    void aRetriedDecisionIsPublishedOnceAndItsAnswerReplayed() throws Exception {
        ItemSubmitted item = submitted();
        String key = "triage-" + UUID.randomUUID();
        String body = """
                {"itemId": "%s", "decision": "ACCEPTED", "classification": {"subjectArea": "work-style", "severity": "MINOR"}}""".formatted(item.itemId());

        MvcTestResult first = decide(body, key);
        MvcTestResult retry = decide(body, key);

        assertThat(first).hasStatus(HttpStatus.ACCEPTED).doesNotContainHeader("Idempotent-Replayed");
        assertThat(retry).hasStatus(HttpStatus.ACCEPTED).hasHeader("Idempotent-Replayed", "true");
        assertThat(retry).bodyJson().isStrictlyEqualTo(first.getResponse().getContentAsString(StandardCharsets.UTF_8));
        assertThat(retry).bodyJson().extractingPath("$.sequence").isEqualTo(1);
        assertThat(publishedFor(item.itemId())).hasSize(1);
    }

    @Test
    void theSameKeyForAnotherDecisionIsRefusedWith422AndPublishesNothing() {
        ItemSubmitted item = submitted();
        String key = "triage-" + UUID.randomUUID();
        decide("""
                {"itemId": "%s", "decision": "ACCEPTED", "classification": {"subjectArea": "work-style", "severity": "MINOR"}}""".formatted(item.itemId()), key);

        MvcTestResult other = decide("""
                {"itemId": "%s", "decision": "MALICIOUS", "reason": "捏造事实"}""".formatted(item.itemId()), key);

        assertThat(other).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
        assertThat(other).bodyJson().extractingPath("$.errors[0].field").isEqualTo("Idempotency-Key");
        assertThat(publishedFor(item.itemId())).hasSize(1);
    }

    @Test
    void aQueryOperatorWhereAnIdBelongsIsRefusedWith400() {
        MvcTestResult result = decide("{\"itemId\": {\"$ne\": null}, \"decision\": \"ACCEPTED\"}", null);

        assertThat(result).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(result).bodyJson().extractingPath("$.errors[0].field").isEqualTo("itemId");
    }

    @Test
    void aBodyNestedTooDeeplyIsRefusedWith400AndATooLargeOneWith413() {
        String nested = "[".repeat(40) + "]".repeat(40);
        String reason = "理".repeat(400_000);

        MvcTestResult deep = decide("{\"decision\": \"ACCEPTED\", \"note\": " + nested + "}", null);

        assertThat(deep).hasStatus(HttpStatus.BAD_REQUEST);
        assertThat(deep)
                .bodyJson()
                .extractingPath("$.errors[0].message")
                .asString()
                .contains("nesting depth");
        assertThat(decide("{\"itemId\": \"%s\", \"reason\": \"%s\"}".formatted(UUID.randomUUID(), reason), null))
                .hasStatus(HttpStatus.CONTENT_TOO_LARGE);
    }

    private ItemSubmitted submitted() {
        ItemSubmitted item = anyItem();
        TestKafka.publish(Topics.ITEM_SUBMITTED.name(), item.itemId().toString(), item);
        ConsumerGroups.awaitConsumed(TRIAGE_GROUP, Topics.ITEM_SUBMITTED.name());
        return item;
    }

    private MvcTestResult decide(String body, @Nullable String key) {
        var request = mvc.post()
                .uri("/api/triage")
                .contentType(MediaType.APPLICATION_JSON)
                .content(body);
        return key == null
                ? request.exchange()
                : request.header("Idempotency-Key", key).exchange();
    }

    private static List<ItemTriaged> publishedFor(UUID itemId) {
        try (EventDeserializer deserializer = new EventDeserializer()) {
            return TestKafka.valuesOf(DECISIONS, itemId.toString()).stream()
                    .map(value -> (ItemTriaged) deserializer.deserialize(DECISIONS, value))
                    .toList();
        }
    }
}
