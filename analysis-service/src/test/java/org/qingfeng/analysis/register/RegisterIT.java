package org.qingfeng.analysis.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.qingfeng.analysis.AnalysisIntegrationTest;
import org.qingfeng.analysis.ItemFixtures;
import org.qingfeng.analysis.NetworkFixtures;
import org.qingfeng.analysis.register.rules.Ledger;
import org.qingfeng.contracts.EventIds;
import org.qingfeng.contracts.EventJson;
import org.qingfeng.contracts.Topics;
import org.qingfeng.contracts.analysis.Classification;
import org.qingfeng.contracts.analysis.ItemTriaged;
import org.qingfeng.contracts.analysis.RiskLevel;
import org.qingfeng.contracts.analysis.RiskPointRecorded;
import org.qingfeng.contracts.analysis.Severity;
import org.qingfeng.contracts.analysis.TriageDecision;
import org.qingfeng.contracts.intake.ItemSubmitted;
import org.qingfeng.contracts.intake.NodeKind;
import org.qingfeng.contracts.intake.RiskCategory;
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
 * The register over HTTP and Kafka, each test on a county of its own (a township with a village, a
 * department): points recorded, edited, replayed stale, retired and self-checked; firing points and
 * gaps from triaged items; the workbook's import and export; the caller's scope.
 */
class RegisterIT extends AnalysisIntegrationTest {

    static final String GROUP = "analysis-service-register";
    private static final String POINTS = Topics.RISK_POINTS.name();

    @Autowired
    RiskLevels levels;

    /** A county of its own: {@code county}, township {@code -101} with village {@code -001}, department {@code -D01}. */
    record County(String code, String township, String village, String department) {

        String staff() {
            return TestTokens.bearer(code, "WORK_STATION_STAFF");
        }
    }

    @Test
    void recordsEditsAndRetiresAPointAndAStaleReplayChangesNothing() {
        County c = anyCounty();

        JsonNode first = accepted(post(c.staff(), "/api/register/points", pointJson(null, c.department(), "A")));
        String id = first.get("riskPointId").asString();
        assertThat(id).isEqualTo(c.department() + "-P01");
        assertThat(first.get("version").asLong()).isEqualTo(1);
        JsonNode listed = awaitPoint(c, id, p -> p.get("level").asString().equals("A"));
        assertThat(listed.get("rotationDue").asBoolean()).isTrue();
        assertThat(listed.get("nextSelfCheckOn").asString()).isEqualTo("2020-12-01");
        assertThat(listed.get("overdue").asBoolean()).isTrue();
        assertThat(levels.highestFor(c.department())).contains(RiskLevel.A);

        JsonNode edited = accepted(post(c.staff(), "/api/register/points", pointJson(id, c.department(), "B")));
        assertThat(edited.get("version").asLong()).isEqualTo(2);
        awaitPoint(c, id, p -> p.get("level").asString().equals("B"));

        RiskPointRecorded stale = stale(id, c.department());
        TestKafka.publish(POINTS, id, stale);
        ConsumerGroups.awaitConsumed(GROUP, POINTS);
        assertThat(point(c, id).get("level").asString()).isEqualTo("B");
        assertThat(levels.highestFor(c.department())).contains(RiskLevel.B);

        accepted(post(c.staff(), "/api/register/points/retire", "{\"riskPointId\": \"%s\"}".formatted(id)));
        await().atMost(Duration.ofSeconds(30)).until(() -> list(c).get("points").isEmpty());
        assertThat(levels.highestFor(c.department())).isEmpty();
        assertThat(post(c.staff(), "/api/register/points/retire", "{\"riskPointId\": \"%s\"}".formatted(id)))
                .hasStatus(HttpStatus.BAD_REQUEST);
    }

    @Test
    void aSelfCheckClearsOverdueAndEditsSentAtOnceGetDifferentVersions() {
        County c = anyCounty();
        String id = accepted(post(c.staff(), "/api/register/points", pointJson(null, c.department(), "B")))
                .get("riskPointId")
                .asString();
        assertThat(awaitPoint(c, id, p -> true).get("overdue").asBoolean()).isTrue();

        assertThat(post(
                        c.staff(),
                        "/api/register/self-checks",
                        "{\"riskPointId\": \"%s\", \"on\": \"2026-12-01\"}".formatted(id)))
                .hasStatus(HttpStatus.BAD_REQUEST);
        accepted(post(
                c.staff(),
                "/api/register/self-checks",
                "{\"riskPointId\": \"%s\", \"on\": \"2026-11-02\"}".formatted(id)));
        JsonNode checked = awaitPoint(c, id, p -> !p.get("lastSelfCheckOn").isNull());
        assertThat(checked.get("nextSelfCheckOn").asString()).isEqualTo("2027-11-02");
        assertThat(checked.get("overdue").asBoolean()).isFalse();
        assertThat(list(c).get("summary").get("overdue").asLong()).isZero();

        List<CompletableFuture<MvcTestResult>> concurrent = IntStream.range(0, 4)
                .mapToObj(i -> CompletableFuture.supplyAsync(
                        () -> post(c.staff(), "/api/register/points", pointJson(id, c.department(), "C"))))
                .toList();
        List<Long> versions = concurrent.stream()
                .map(CompletableFuture::join)
                .map(result -> accepted(result).get("version").asLong())
                .toList();
        assertThat(versions).containsExactlyInAnyOrder(3L, 4L, 5L, 6L);
        JsonNode last = awaitPoint(c, id, p -> p.get("level").asString().equals("C"));
        assertThat(last.get("lastSelfCheckOn").asString()).isEqualTo("2026-11-02");
    }

    @Test
    void aPointFiresOnItemsTaggedToItAndItemsWithoutAPointAreTheMonthsGaps() {
        County c = anyCounty();
        String id = accepted(post(c.staff(), "/api/register/points", pointJson(null, c.department(), "A")))
                .get("riskPointId")
                .asString();
        ItemSubmitted tagged = ItemFixtures.anyItemFrom(c.village(), c.township());
        ItemSubmitted gap = ItemFixtures.anyItemFrom(c.village(), c.township());
        ItemSubmitted unfounded = ItemFixtures.anyItemFrom(c.village(), c.township());
        List.of(tagged, gap, unfounded)
                .forEach(item -> TestKafka.publish(
                        Topics.ITEM_SUBMITTED.name(), item.itemId().toString(), item));
        triage(tagged, 1, TriageDecision.ACCEPTED, id);
        triage(gap, 1, TriageDecision.LINKED, null);
        triage(unfounded, 1, TriageDecision.ACCEPTED, null);
        triage(unfounded, 2, TriageDecision.UNFOUNDED, null);
        ConsumerGroups.awaitConsumed(GROUP, Topics.ITEM_SUBMITTED.name());
        ConsumerGroups.awaitConsumed(GROUP, Topics.ITEM_TRIAGED.name());

        JsonNode firing = awaitPoint(c, id, p -> p.get("firing").asBoolean());
        assertThat(firing.get("items90d").asInt()).isEqualTo(1);
        assertThat(list(c).get("summary").get("firing").asLong()).isEqualTo(1);
        JsonNode gaps = getJsonAs(c.staff(), "/api/register/gaps?month=2026-11").get("items");
        assertThat(ids(gaps)).containsExactly(gap.itemId().toString());
        assertThat(gaps.get(0).get("unitCode").asString()).isEqualTo(c.township());
        assertThat(getJsonAs(c.staff(), "/api/register/gaps?month=2026-10").get("items"))
                .isEmpty();
        String otherTownship = TestTokens.bearer(c.code() + "-102", "TOWNSHIP_STAFF");
        assertThat(getJsonAs(otherTownship, "/api/register/gaps?month=2026-11").get("items"))
                .isEmpty();
        assertThat(ids(getJsonAs(TestTokens.bearer(c.township(), "TOWNSHIP_STAFF"), "/api/register/gaps?month=2026-11")
                        .get("items")))
                .containsExactly(gap.itemId().toString());
    }

    @Test
    void importsAllOrNothingAndReimportingTheExportChangesNothing() throws Exception {
        County c = anyCounty();
        String id = accepted(post(c.staff(), "/api/register/points", pointJson(null, c.department(), "A")))
                .get("riskPointId")
                .asString();
        awaitPoint(c, id, p -> true);
        MvcTestResult export = mvc.get()
                .uri("/api/register/export")
                .header(HttpHeaders.AUTHORIZATION, c.staff())
                .exchange();
        assertThat(export).hasStatusOk().hasContentType(RegisterWorkbookController.XLSX);
        byte[] exported = export.getResponse().getContentAsByteArray();

        assertThat(importing(c, exported))
                .hasStatus(HttpStatus.ACCEPTED)
                .bodyJson()
                .isEqualTo("{\"points\": 1, \"changed\": 0}");
        assertThat(TestKafka.valuesOf(POINTS, id)).hasSize(1);

        List<String> good = row(c.department(), "B");
        List<String> bad = row(c.department(), "D");
        assertThat(importing(c, RegisterWorkbook.write(List.of(good, bad))))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.errors[*].field")
                .asArray()
                .containsExactly("风险点台账 第3行 风险等级");
        List<String> outside = row("33-000000-D01", "B");
        assertThat(importing(c, RegisterWorkbook.write(List.of(good, outside))))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.errors[0].field")
                .isEqualTo("风险点台账 第3行 单位代码");
        assertThat(TestKafka.valuesOf(POINTS, c.department() + "-P02")).isEmpty();

        assertThat(importing(c, RegisterWorkbook.write(List.of(good))))
                .hasStatus(HttpStatus.ACCEPTED)
                .bodyJson()
                .isEqualTo("{\"points\": 1, \"changed\": 1}");
        awaitPoint(c, c.department() + "-P02", p -> p.get("level").asString().equals("B"));
    }

    @Test
    void readersSeeTheirSubtreeOnlyAndOnlyWorkStationStaffWrite() {
        County c = anyCounty();
        County other = anyCounty();
        String atDepartment = accepted(post(c.staff(), "/api/register/points", pointJson(null, c.department(), "A")))
                .get("riskPointId")
                .asString();
        String atTownship = accepted(post(c.staff(), "/api/register/points", pointJson(null, c.township(), "C")))
                .get("riskPointId")
                .asString();
        awaitPoint(c, atTownship, p -> true);
        awaitPoint(c, atDepartment, p -> true);
        String township = TestTokens.bearer(c.township(), "TOWNSHIP_STAFF");

        JsonNode seen = getJsonAs(township, "/api/register");
        assertThat(ids(seen.get("points"), "riskPointId")).containsExactly(atTownship);
        assertThat(seen.get("summary").get("A").asLong()).isZero();
        assertThat(seen.get("summary").get("C").asLong()).isEqualTo(1);
        assertThat(ids(list(c).get("points"), "riskPointId")).containsExactlyInAnyOrder(atDepartment, atTownship);
        assertThat(ids(getJsonAs(c.staff(), "/api/register?level=A").get("points"), "riskPointId"))
                .containsExactly(atDepartment);
        assertThat(mvc.get()
                        .uri("/api/register?unit={unit}", c.department())
                        .header(HttpHeaders.AUTHORIZATION, other.staff())
                        .exchange())
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(post(
                        other.staff(),
                        "/api/register/points/retire",
                        "{\"riskPointId\": \"%s\"}".formatted(atDepartment)))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(post(other.staff(), "/api/register/points", pointJson(null, c.department(), "A")))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(post(township, "/api/register/points", pointJson(null, c.township(), "A")))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(post(c.staff(), "/api/register/points", pointJson(null, c.code() + "-999", "A")))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.errors[0].field")
                .isEqualTo("unitCode");
        assertThat(mvc.get()
                        .uri("/api/register")
                        .header(HttpHeaders.AUTHORIZATION, TestTokens.bearer(c.code(), "DEPARTMENT_OFFICER"))
                        .exchange())
                .hasStatus(HttpStatus.FORBIDDEN);
    }

    private County anyCounty() {
        String code = NetworkFixtures.anyCountyCode();
        County county = new County(code, code + "-101", code + "-101-001", code + "-D01");
        project(List.of(
                NetworkFixtures.node(code, NodeKind.COUNTY, null),
                NetworkFixtures.node(county.township(), NodeKind.TOWNSHIP, code),
                NetworkFixtures.node(code + "-102", NodeKind.TOWNSHIP, code),
                NetworkFixtures.node(county.village(), NodeKind.VILLAGE, county.township()),
                NetworkFixtures.node(county.department(), NodeKind.DEPARTMENT, code)));
        return county;
    }

    private static String pointJson(String id, String unit, String level) {
        return """
                {"riskPointId": %s, "unitCode": "%s", "post": "工程招投标管理岗", "description": "招投标过程中泄露标底、围标串标",
                 "category": "POST_DUTIES", "level": "%s", "measures": "开标全程录像，评标专家随机抽取",
                 "leaderLevel": "分管领导", "responsibleLeader": "分管副局长", "holderSince": "2020-06-01",
                 "keywords": ["招投标", "围标"]}""".formatted(id == null ? "null" : "\"" + id + "\"", unit, level);
    }

    /** A new point's row of the ledger (no id), at {@code unit} with {@code level}. */
    private static List<String> row(String unit, String level) {
        List<String> cells = new ArrayList<>(
                Ledger.cells(1, RiskPointFixtures.anyPoint("", unit, RiskLevel.A), "", LocalDate.of(2026, 7, 15)));
        cells.set(Ledger.indexOf("level"), level);
        return cells;
    }

    private static RiskPointRecorded stale(String id, String unit) {
        return new RiskPointRecorded(
                EventIds.derive("risk-point-recorded", id + "#1-stale"),
                Instant.parse("2026-11-01T00:00:00Z"),
                id,
                1,
                unit,
                "工程招投标管理岗",
                "旧的描述",
                RiskCategory.POST_DUTIES,
                RiskLevel.A,
                "旧的措施",
                "主要负责人",
                "局长",
                null,
                null,
                List.of(),
                true);
    }

    private static void triage(ItemSubmitted item, int sequence, TriageDecision decision, String riskPointId) {
        Classification classification =
                new Classification("work-style", RiskCategory.POST_DUTIES, riskPointId, Severity.MODERATE, null);
        ItemTriaged triaged = new ItemTriaged(
                EventIds.derive("item-triaged", item.itemId() + "#" + sequence),
                Instant.parse("2026-11-05T06:20:00Z").plusSeconds(sequence),
                item.itemId(),
                sequence,
                decision,
                decision == TriageDecision.UNFOUNDED ? "经核查与事实不符。" : null,
                decision == TriageDecision.LINKED ? UUID.randomUUID() : null,
                classification,
                "u-register-it");
        TestKafka.publish(Topics.ITEM_TRIAGED.name(), item.itemId().toString(), triaged);
    }

    private MvcTestResult post(String authorization, String uri, String body) {
        return mvc.post()
                .uri(uri)
                .header(HttpHeaders.AUTHORIZATION, authorization)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body)
                .exchange();
    }

    private MvcTestResult importing(County c, byte[] file) {
        return mvc.post()
                .uri("/api/register/import")
                .header(HttpHeaders.AUTHORIZATION, c.staff())
                .multipart()
                .file("file", file)
                .exchange();
    }

    private static JsonNode accepted(MvcTestResult result) {
        assertThat(result).hasStatus(HttpStatus.ACCEPTED);
        return EventJson.mapper().readTree(result.getResponse().getContentAsByteArray());
    }

    private JsonNode list(County c) {
        return getJsonAs(c.staff(), "/api/register");
    }

    private JsonNode point(County c, String id) {
        return StreamSupport.stream(list(c).get("points").spliterator(), false)
                .filter(p -> p.get("riskPointId").asString().equals(id))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no point " + id));
    }

    private JsonNode awaitPoint(County c, String id, java.util.function.Predicate<JsonNode> condition) {
        return await().atMost(Duration.ofSeconds(30)).ignoreExceptions().until(() -> point(c, id), condition);
    }

    private static List<String> ids(JsonNode items) {
        return ids(items, "itemId");
    }

    private static List<String> ids(JsonNode items, String field) {
        return StreamSupport.stream(items.spliterator(), false)
                .map(node -> node.get(field).asString())
                .toList();
    }
}
