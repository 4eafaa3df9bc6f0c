package org.qingfeng.analysis.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.awaitility.Awaitility.await;
import static org.qingfeng.analysis.triage.TriageBoardFixtures.anyItemIn;
import static org.qingfeng.analysis.triage.TriageBoardFixtures.anyReviewer;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qingfeng.analysis.AnalysisIntegrationTest;
import org.qingfeng.analysis.triage.TriageBoardFixtures.County;
import org.qingfeng.contracts.EventDeserializer;
import org.qingfeng.contracts.Topics;
import org.qingfeng.contracts.audit.AuditAction;
import org.qingfeng.contracts.audit.AuditRecorded;
import org.qingfeng.contracts.intake.ItemSubmitted;
import org.qingfeng.contracts.intake.Urgency;
import org.qingfeng.testsupport.ConsumerGroups;
import org.qingfeng.testsupport.TestKafka;
import org.qingfeng.testsupport.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;

/**
 * The board on the real broker and Mongo wire server, in a county of its own and September 2026 (no
 * other test's month): classification round trip, reviewers kept off their home township and items
 * they are named in, exclusions recorded and audited once, withdrawal, and another reviewer unaffected.
 */
class TriageBoardIT extends AnalysisIntegrationTest {

    private static final String ITEMS = Topics.ITEM_SUBMITTED.name();
    private static final String CONFLICTS = Topics.REVIEWER_CONFLICTS.name();
    private static final String AUDIT = Topics.AUDIT_RECORDED.name();
    private static final String MONTH = "2026-09";
    private static final Instant EARLY = Instant.parse("2026-09-02T02:00:00Z");
    private static final Instant LATE = Instant.parse("2026-09-20T02:00:00Z");

    @Autowired
    MongoDatabase database;

    private County county;
    private String reviewer;
    private String colleague;
    private ItemSubmitted homeFirst;
    private ItemSubmitted homeSecond;
    private ItemSubmitted elsewhere;

    @BeforeEach
    void countyWithItemsInTwoTownships() {
        county = TriageBoardFixtures.anyCounty();
        project(county.nodes());
        reviewer = anyReviewer();
        colleague = anyReviewer();
        homeFirst = anyItemIn(county.village(), county.township(), county.unit(), EARLY, Urgency.ROUTINE);
        homeSecond = anyItemIn(county.village(), county.township(), county.unit(), LATE, Urgency.ROUTINE);
        elsewhere =
                anyItemIn(county.otherVillage(), county.otherTownship(), county.otherUnit(), LATE, Urgency.IMMEDIATE);
        List.of(homeFirst, homeSecond, elsewhere)
                .forEach(item -> TestKafka.publish(ITEMS, item.itemId().toString(), item));
        TestKafka.publish(
                ITEMS,
                "other-month",
                anyItemIn(
                        county.otherVillage(),
                        county.otherTownship(),
                        county.otherUnit(),
                        Instant.parse("2026-08-31T15:59:00Z"),
                        Urgency.ROUTINE));
        ConsumerGroups.awaitConsumed(TRIAGE_GROUP, ITEMS);
    }

    @Test
    void keepsTheClassificationAndTheDeciderOfADecisionOnTheBoard() {
        assertThat(decide(reviewer, """
                        {"itemId": "%s", "decision": "LINKED", "relatedItemId": "%s"}""".formatted(elsewhere.itemId(), homeFirst.itemId())))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.errors[0].field")
                .isEqualTo("classification");
        assertThat(decide(reviewer, """
                        {"itemId": "%s", "decision": "ACCEPTED", "classification": {"subjectArea": "gambling", "severity": "MINOR"}}""".formatted(elsewhere.itemId())))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.errors[0].field")
                .isEqualTo("classification.subjectArea");

        assertThat(decide(reviewer, """
                        {"itemId": "%s", "decision": "ACCEPTED", "classification": {"subjectArea": "work-style",
                         "riskCategory": "BUSINESS_PROCESS", "riskPointId": "%s-D02-P03", "severity": "SERIOUS", "office": "office-2"}}""".formatted(elsewhere.itemId(), county.code())))
                .hasStatus(HttpStatus.ACCEPTED);

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonNode row = row(board(colleague, ""), elsewhere.itemId());
            assertThat(row.get("decision").asString()).isEqualTo("ACCEPTED");
            assertThat(row.get("decidedBy").asString()).isEqualTo(reviewer);
            assertThat(row.get("sequence").asInt()).isEqualTo(1);
            assertThat(row.get("classification").get("subjectArea").asString()).isEqualTo("work-style");
            assertThat(row.get("classification").get("riskCategory").asString()).isEqualTo("BUSINESS_PROCESS");
            assertThat(row.get("classification").get("riskPointId").asString()).isEqualTo(county.code() + "-D02-P03");
            assertThat(row.get("classification").get("severity").asString()).isEqualTo("SERIOUS");
            assertThat(row.get("classification").get("office").asString()).isEqualTo("office-2");
        });
        JsonNode board = board(colleague, "");
        assertThat(board.get("month").asString()).isEqualTo(MONTH);
        assertThat(board.get("counts").get("total").asInt()).isEqualTo(3);
        assertThat(board.get("counts").get("open").asInt()).isEqualTo(2);
        assertThat(board.get("counts").get("ACCEPTED").asInt()).isEqualTo(1);
        assertThat(ids(board))
                .as("immediate first, then the longest waiting")
                .containsExactly(elsewhere.itemId(), homeFirst.itemId(), homeSecond.itemId());
        JsonNode first = row(board, homeFirst.itemId());
        assertThat(first.get("channel").asString()).isEqualTo("HOTLINE");
        assertThat(first.get("urgency").asString()).isEqualTo("ROUTINE");
        assertThat(first.get("townshipCode").asString()).isEqualTo(county.township());
        assertThat(first.has("description")).isFalse();
        assertThat(ids(board(colleague, "&state=OPEN"))).containsExactly(homeFirst.itemId(), homeSecond.itemId());
        assertThat(ids(board(colleague, "&township=" + county.otherTownship()))).containsExactly(elsewhere.itemId());
    }

    @Test
    void keepsAReviewerOffTheirHomeTownshipUntilTheyWithdrawAndRecordsEachExclusionOnce() {
        MvcTestResult declared = post(reviewer, "/api/triage/conflicts", """
                {"kind": "HOME_TOWNSHIP", "target": "%s", "reason": "本人户籍所在乡镇"}""".formatted(county.township()));
        String conflictId = reviewer + "|HOME_TOWNSHIP|" + county.township();
        assertThat(declared)
                .hasStatus(HttpStatus.ACCEPTED)
                .bodyJson()
                .extractingPath("$.conflictId")
                .isEqualTo(conflictId);
        ConsumerGroups.awaitConsumed(TRIAGE_GROUP, CONFLICTS);

        JsonNode board = board(reviewer, "");
        assertThat(ids(board)).containsExactly(elsewhere.itemId());
        assertThat(board.get("excluded").asInt()).isEqualTo(2);
        assertThat(board.get("counts").get("total").asInt()).isEqualTo(1);
        assertThat(board(reviewer, "").get("excluded").asInt()).isEqualTo(2);
        assertThat(decide(reviewer, """
                        {"itemId": "%s", "decision": "DUPLICATE", "relatedItemId": "%s"}""".formatted(homeSecond.itemId(), elsewhere.itemId())))
                .hasStatus(HttpStatus.NOT_FOUND);
        JsonNode others = board(colleague, "");
        assertThat(ids(others)).hasSize(3);
        assertThat(others.get("excluded").asInt()).isZero();

        assertThat(database.getCollection("triage_exclusions")
                        .find(Filters.eq("subject", reviewer))
                        .into(new ArrayList<>()))
                .extracting(d -> d.getString("_id"), d -> d.getString("kind"))
                .containsExactlyInAnyOrder(
                        tuple(homeFirst.itemId() + "|" + reviewer, "HOME_TOWNSHIP"),
                        tuple(homeSecond.itemId() + "|" + reviewer, "HOME_TOWNSHIP"));
        List<AuditRecorded> excluded = audited(reviewer, AuditAction.REVIEWER_EXCLUDED);
        assertThat(excluded)
                .extracting(AuditRecorded::targetId, AuditRecorded::outcome, AuditRecorded::detail)
                .containsExactlyInAnyOrder(
                        tuple(homeFirst.itemId().toString(), "GRANTED", "HOME_TOWNSHIP"),
                        tuple(homeSecond.itemId().toString(), "GRANTED", "HOME_TOWNSHIP"),
                        tuple(homeSecond.itemId().toString(), "DENIED", "HOME_TOWNSHIP"));
        assertThat(audited(reviewer, AuditAction.ITEM_LIST))
                .extracting(AuditRecorded::detail)
                .containsExactly("1", "1");
        assertThat(audited(reviewer, AuditAction.CONFLICT_DECLARED))
                .singleElement()
                .satisfies(entry -> {
                    assertThat(entry.targetId()).isEqualTo(conflictId);
                    assertThat(entry.detail()).isEqualTo("HOME_TOWNSHIP");
                    assertThat(entry.reason()).isNull();
                });
        JsonNode mine = getJsonAs(token(reviewer), "/api/triage/conflicts");
        assertThat(mine.get("exclusions").asInt()).isEqualTo(2);
        assertThat(mine.get("conflicts")).hasSize(1);
        assertThat(mine.get("conflicts").get(0).get("conflictId").asString()).isEqualTo(conflictId);
        assertThat(getJsonAs(token(colleague), "/api/triage/conflicts").get("conflicts"))
                .isEmpty();
        assertThat(post(colleague, "/api/triage/conflicts/withdrawal", """
                        {"conflictId": "%s"}""".formatted(conflictId)))
                .hasStatus(HttpStatus.NOT_FOUND);

        assertThat(post(reviewer, "/api/triage/conflicts/withdrawal", """
                        {"conflictId": "%s"}""".formatted(conflictId)))
                .hasStatus(HttpStatus.ACCEPTED);
        ConsumerGroups.awaitConsumed(TRIAGE_GROUP, CONFLICTS);

        JsonNode back = board(reviewer, "");
        assertThat(ids(back)).hasSize(3);
        assertThat(back.get("excluded").asInt()).isZero();
        assertThat(getJsonAs(token(reviewer), "/api/triage/conflicts").get("conflicts"))
                .isEmpty();
    }

    @Test
    void keepsAReviewerOffAnItemIntakeFoundThemNamedIn() {
        TestKafka.publish(
                Topics.REVIEWER_NAMED.name(),
                elsewhere.itemId().toString(),
                TriageBoardFixtures.named(elsewhere.itemId(), reviewer));
        ConsumerGroups.awaitConsumed(TRIAGE_GROUP, Topics.REVIEWER_NAMED.name());

        JsonNode board = board(reviewer, "");
        assertThat(ids(board)).containsExactly(homeFirst.itemId(), homeSecond.itemId());
        assertThat(board.get("excluded").asInt()).isEqualTo(1);
        assertThat(ids(board(colleague, ""))).hasSize(3);
        Document recorded = database.getCollection("triage_exclusions")
                .find(Filters.eq("_id", elsewhere.itemId() + "|" + reviewer))
                .first();
        assertThat(recorded).isNotNull();
        assertThat(recorded.getString("kind")).isEqualTo("NAMED");
        assertThat(getJsonAs(token(reviewer), "/api/triage/conflicts").get("conflicts"))
                .as("intake's finding is not the reviewer's declaration")
                .isEmpty();
    }

    @Test
    void refusesATieToANodeTheNetworkDoesNotHave() {
        assertThat(post(reviewer, "/api/triage/conflicts", """
                        {"kind": "UNIT", "target": "%s-D99"}""".formatted(county.code())))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.errors[0].field")
                .isEqualTo("target");
        assertThat(mvc.get()
                        .uri("/api/triage/board?month=2026-9")
                        .header(HttpHeaders.AUTHORIZATION, token(reviewer))
                        .exchange())
                .hasStatus(HttpStatus.BAD_REQUEST);
    }

    private JsonNode board(String subject, String query) {
        return getJsonAs(token(subject), "/api/triage/board?month=" + MONTH + query);
    }

    private MvcTestResult decide(String subject, String body) {
        return post(subject, "/api/triage", body);
    }

    private MvcTestResult post(String subject, String uri, String body) {
        return mvc.post()
                .uri(uri)
                .header(HttpHeaders.AUTHORIZATION, token(subject))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body)
                .exchange();
    }

    private String token(String subject) {
        return "Bearer "
                + TestTokens.token()
                        .subject(subject)
                        .node(county.code())
                        .roles("WORK_STATION_STAFF")
                        .sign();
    }

    private static List<UUID> ids(JsonNode board) {
        List<UUID> ids = new ArrayList<>();
        board.get("items")
                .forEach(item -> ids.add(UUID.fromString(item.get("itemId").asString())));
        return ids;
    }

    private static JsonNode row(JsonNode board, UUID itemId) {
        for (JsonNode item : board.get("items")) {
            if (item.get("itemId").asString().equals(itemId.toString())) {
                return item;
            }
        }
        throw new AssertionError("item " + itemId + " not on the board");
    }

    private static List<AuditRecorded> audited(String subject, AuditAction action) {
        try (EventDeserializer deserializer = new EventDeserializer()) {
            return TestKafka.valuesOf(AUDIT, "analysis-service").stream()
                    .map(value -> (AuditRecorded) deserializer.deserialize(AUDIT, value))
                    .filter(entry -> entry.actor().equals(subject) && entry.action() == action)
                    .toList();
        }
    }
}
