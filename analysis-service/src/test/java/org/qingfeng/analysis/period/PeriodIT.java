package org.qingfeng.analysis.period;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.qingfeng.analysis.AnalysisIntegrationTest;
import org.qingfeng.analysis.NetworkFixtures;
import org.qingfeng.contracts.EventDeserializer;
import org.qingfeng.contracts.EventIds;
import org.qingfeng.contracts.Topics;
import org.qingfeng.contracts.analysis.PeriodClosed;
import org.qingfeng.contracts.analysis.PeriodClosed.Figure;
import org.qingfeng.contracts.audit.AuditAction;
import org.qingfeng.contracts.audit.AuditRecorded;
import org.qingfeng.contracts.intake.NodeKind;
import org.qingfeng.testsupport.ConsumerGroups;
import org.qingfeng.testsupport.TestKafka;
import org.qingfeng.testsupport.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;

/** Closes, reopenings and their versions over HTTP, published and projected back on the real broker and Mongo. */
class PeriodIT extends AnalysisIntegrationTest {

    private static final String TEST_TABLES = "period-it-";
    private static final String TEST_BY_TOWNSHIP = TEST_TABLES + "by-township";
    private static final String TEST_TOTALS = TEST_TABLES + "totals";

    private static final String CLOSES = Topics.PERIOD_CLOSED.name();
    private static final String GROUP = "analysis-service-period";
    private static final String OCTOBER = "2026-10";

    @Autowired
    PeriodTestFigures figures;

    @Test
    void freezesVersionsShowsLiveDifferencesAndChangesAndIgnoresAReplay() {
        String county = countyWithTwoTownships();
        String township = county + "-101";
        String other = county + "-102";
        figures.set(
                county,
                OCTOBER,
                List.of(
                        new Figure(TEST_BY_TOWNSHIP, township, 3),
                        new Figure(TEST_BY_TOWNSHIP, other, 4),
                        new Figure(TEST_TOTALS, "items", 7)));

        MvcTestResult first = post("/api/periods/close", county, """
                {"period": "%s"}""".formatted(OCTOBER));
        assertThat(first).hasStatus(HttpStatus.ACCEPTED);
        assertThat(first).bodyJson().extractingPath("$.version").isEqualTo(1);
        // The test's three, and whatever the service's own sources (monthly, index) give the empty county
        assertThat(first).bodyJson().extractingPath("$.figures").asNumber().satisfies(n -> assertThat(n.intValue())
                .isGreaterThanOrEqualTo(3));
        awaitVersion(county, 1);

        figures.set(
                county,
                OCTOBER,
                List.of(
                        new Figure(TEST_BY_TOWNSHIP, township, 5),
                        new Figure(TEST_BY_TOWNSHIP, other, 4),
                        new Figure(TEST_TOTALS, "items", 9)));
        JsonNode closed = period(county);
        assertThat(closed.get("state").asString()).isEqualTo("CLOSED");
        assertThat(values(closed.get("figures"), "value")).containsExactly(3.0, 4.0, 7.0);
        assertThat(closed.get("changes")).isEmpty();
        assertThat(keys(closed.get("live"))).containsExactly(township, "items");
        assertThat(values(closed.get("live"), "frozen")).containsExactly(3.0, 7.0);
        assertThat(values(closed.get("live"), "now")).containsExactly(5.0, 9.0);

        assertThat(post("/api/periods/close", county, """
                        {"period": "%s"}""".formatted(OCTOBER))).hasStatus(HttpStatus.CONFLICT);
        assertThat(post("/api/periods/reopen", county, """
                        {"period": "%s", "reason": "太短"}""".formatted(OCTOBER)))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.errors[0].field")
                .isEqualTo("reason");
        assertThat(post("/api/periods/reopen", county, """
                        {"period": "%s", "reason": "乡镇补报了两件事项，需重新统计"}""".formatted(OCTOBER)))
                .hasStatus(HttpStatus.ACCEPTED)
                .bodyJson()
                .extractingPath("$.version")
                .isEqualTo(2);
        awaitVersion(county, 2);
        assertThat(period(county).get("state").asString()).isEqualTo("REOPENED");
        assertThat(post("/api/periods/reopen", county, """
                        {"period": "%s", "reason": "乡镇补报了两件事项，需重新统计"}""".formatted(OCTOBER))).hasStatus(HttpStatus.CONFLICT);

        assertThat(post("/api/periods/close", county, """
                        {"period": "%s"}""".formatted(OCTOBER)))
                .hasStatus(HttpStatus.ACCEPTED)
                .bodyJson()
                .extractingPath("$.version")
                .isEqualTo(3);
        awaitVersion(county, 3);
        JsonNode third = period(county);
        assertThat(third.get("state").asString()).isEqualTo("CLOSED");
        assertThat(values(third.get("figures"), "value")).containsExactly(5.0, 4.0, 9.0);
        assertThat(keys(third.get("changes"))).containsExactly(township, "items");
        assertThat(values(third.get("changes"), "from")).containsExactly(3.0, 7.0);
        assertThat(values(third.get("changes"), "to")).containsExactly(5.0, 9.0);
        assertThat(third.get("live")).isEmpty();
        assertThat(third.get("versions")).hasSize(3);
        assertThat(third.get("versions").get(0).get("digest").asString())
                .isNotEqualTo(third.get("versions").get(2).get("digest").asString());

        JsonNode firstVersion = getJsonAs(staffAt(county), "/api/periods/{period}?version=1", OCTOBER);
        assertThat(values(firstVersion.get("figures"), "value")).containsExactly(3.0, 4.0, 7.0);

        List<PeriodClosed> published = published(county);
        assertThat(published).extracting(PeriodClosed::version).containsExactly(1, 2, 3);
        assertThat(published)
                .extracting(PeriodClosed::state)
                .containsExactly(PeriodClosed.State.CLOSED, PeriodClosed.State.REOPENED, PeriodClosed.State.CLOSED);
        assertThat(published.get(0).eventId())
                .isEqualTo(EventIds.derive("period-closed", county + "|" + OCTOBER + "#1#CLOSED"));
        assertThat(published.get(1).reason()).isEqualTo("乡镇补报了两件事项，需重新统计");

        published.forEach(event -> TestKafka.publish(CLOSES, county + "|" + OCTOBER, event));
        ConsumerGroups.awaitConsumed(GROUP, CLOSES);
        assertThat(period(county)).isEqualTo(third);
        assertThat(post("/api/periods/close", county, """
                        {"period": "%s"}""".formatted(OCTOBER))).hasStatus(HttpStatus.CONFLICT);
    }

    @Test
    void auditsEachCloseWithItsVersion() {
        String county = countyWithTwoTownships();

        assertThat(post("/api/periods/close", county, """
                        {"period": "2026-Q3"}""")).hasStatus(HttpStatus.ACCEPTED);

        String target = county + "|2026-Q3";
        List<byte[]> raw = TestKafka.valuesOf(Topics.AUDIT_RECORDED.name(), "analysis-service").stream()
                .filter(value -> new String(value, StandardCharsets.UTF_8).contains(target))
                .toList();
        assertThat(raw).hasSize(1);
        try (EventDeserializer deserializer = new EventDeserializer()) {
            AuditRecorded recorded = (AuditRecorded) deserializer.deserialize(Topics.AUDIT_RECORDED.name(), raw.get(0));
            assertThat(recorded.action()).isEqualTo(AuditAction.PERIOD_CLOSED);
            assertThat(recorded.targetId()).isEqualTo(target);
            assertThat(recorded.scopeNode()).isEqualTo(county);
            assertThat(recorded.detail()).isEqualTo("v1");
        }
    }

    @Test
    void refusesAPeriodThatHasNotEndedAndOneWrittenWrongly() {
        String county = countyWithTwoTownships();

        assertThat(post("/api/periods/close", county, """
                        {"period": "2026-11"}""")).hasStatus(HttpStatus.CONFLICT);
        assertThat(post("/api/periods/close", county, """
                        {"period": "2026-Q4"}""")).hasStatus(HttpStatus.CONFLICT);
        assertThat(post("/api/periods/close", county, """
                        {"period": "2026-13"}"""))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.errors[0].field")
                .isEqualTo("period");
        assertThat(post("/api/periods/reopen", county, """
                        {"period": "2026-09", "reason": "乡镇补报了两件事项，需重新统计"}""")).hasStatus(HttpStatus.CONFLICT);
        assertThat(published(county)).isEmpty();
    }

    @Test
    void closesAPeriodOnceWhenClosesArriveAtOnce() {
        String county = countyWithTwoTownships();

        List<MvcTestResult> results = IntStream.range(0, 4)
                .mapToObj(i -> CompletableFuture.supplyAsync(() -> post("/api/periods/close", county, """
                        {"period": "2026-08"}""")))
                .toList()
                .stream()
                .map(CompletableFuture::join)
                .toList();

        assertThat(results.stream().map(result -> result.getResponse().getStatus()))
                .containsOnly(HttpStatus.ACCEPTED.value(), HttpStatus.CONFLICT.value())
                .containsOnlyOnce(HttpStatus.ACCEPTED.value());
        assertThat(TestKafka.valuesOf(CLOSES, county + "|2026-08")).hasSize(1);
    }

    @Test
    void showsATownshipItsStationsVersionsButOnlyItsOwnRowsAndAnOutsiderNothing() {
        String county = countyWithTwoTownships();
        String township = county + "-101";
        figures.set(
                county,
                "2026-07",
                List.of(
                        new Figure(TEST_BY_TOWNSHIP, township, 2),
                        new Figure(TEST_BY_TOWNSHIP, county + "-102", 6),
                        new Figure(TEST_TOTALS, "items", 8)));
        assertThat(post("/api/periods/close", county, """
                        {"period": "2026-07"}""")).hasStatus(HttpStatus.ACCEPTED);
        awaitVersion(county, "2026-07", 1);

        JsonNode seen = getJsonAs(TestTokens.bearer(township, "TOWNSHIP_STAFF"), "/api/periods/{period}", "2026-07");
        assertThat(seen.get("stationCode").asString()).isEqualTo(county);
        assertThat(seen.get("version").asInt()).isEqualTo(1);
        assertThat(keys(seen.get("figures"))).containsExactly(township);

        JsonNode year = getJsonAs(TestTokens.bearer(township, "TOWNSHIP_STAFF"), "/api/periods?year=2026");
        assertThat(year.get("stationCode").asString()).isEqualTo(county);
        assertThat(year.get("periods")).hasSize(16);
        assertThat(year.get("periods").get(6).get("state").asString()).isEqualTo("CLOSED");
        assertThat(year.get("periods").get(5).get("state").asString()).isEqualTo("OPEN");

        assertThat(mvc.get()
                        .uri("/api/periods/{period}?station={station}", "2026-07", county)
                        .header(HttpHeaders.AUTHORIZATION, staffAt(NetworkFixtures.ROOT)))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.get()
                        .uri("/api/periods?year=2026&station={station}", county)
                        .header(HttpHeaders.AUTHORIZATION, staffAt(NetworkFixtures.ROOT)))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.post()
                        .uri("/api/periods/close")
                        .header(HttpHeaders.AUTHORIZATION, TestTokens.bearer(township, "TOWNSHIP_STAFF"))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"period": "2026-06"}"""))
                .hasStatus(HttpStatus.FORBIDDEN);
    }

    private static String countyWithTwoTownships() {
        String county = NetworkFixtures.anyCountyCode();
        project(List.of(
                NetworkFixtures.node(county, NodeKind.COUNTY, null),
                NetworkFixtures.node(county + "-101", NodeKind.TOWNSHIP, county),
                NetworkFixtures.node(county + "-102", NodeKind.TOWNSHIP, county)));
        return county;
    }

    private MvcTestResult post(String uri, String county, String body) {
        return mvc.post()
                .uri(uri)
                .header(HttpHeaders.AUTHORIZATION, staffAt(county))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body)
                .exchange();
    }

    private JsonNode period(String county) {
        return getJsonAs(staffAt(county), "/api/periods/{period}", OCTOBER);
    }

    private void awaitVersion(String county, int version) {
        awaitVersion(county, OCTOBER, version);
    }

    private void awaitVersion(String county, String period, int version) {
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(getJsonAs(staffAt(county), "/api/periods/{period}", period)
                                .get("version")
                                .asInt())
                        .isEqualTo(version));
    }

    /** The rows of the test's own tables: the service's real sources add theirs to every close. */
    private static java.util.stream.Stream<JsonNode> own(JsonNode rows) {
        return rows.valueStream().filter(row -> row.get("table").asString().startsWith(TEST_TABLES));
    }

    private static List<String> keys(JsonNode rows) {
        return own(rows).map(row -> row.get("key").asString()).toList();
    }

    private static List<Double> values(JsonNode rows, String field) {
        return own(rows).map(row -> row.get(field).asDouble()).toList();
    }

    private static List<PeriodClosed> published(String county) {
        try (EventDeserializer deserializer = new EventDeserializer()) {
            return TestKafka.readAll(CLOSES).stream()
                    .filter(record -> record.key().startsWith(county + "|"))
                    .map(record -> (PeriodClosed) deserializer.deserialize(CLOSES, record.value()))
                    .toList();
        }
    }
}
