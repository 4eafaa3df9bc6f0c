package org.qingfeng.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.bson.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.qingfeng.contracts.EventIds;
import org.qingfeng.contracts.EventJson;
import org.qingfeng.contracts.Topics;
import org.qingfeng.contracts.intake.ComplianceState;
import org.qingfeng.contracts.intake.ReportingComplianceChanged;
import org.qingfeng.contracts.intake.ReportingCycle;
import org.qingfeng.testsupport.ConsumerGroups;
import org.qingfeng.testsupport.TestKafka;
import org.qingfeng.testsupport.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.json.JsonCompareMode;
import org.springframework.test.web.servlet.client.StatusAssertions;
import tools.jackson.databind.JsonNode;

/**
 * The reporting rhythm on the real broker and the Mongo wire server: filing, the projection, the
 * windows listing, the sealed contacts. Periods are in 2025, long closed whatever the date the test
 * runs on, so the states do not depend on the clock.
 */
class ReportingRhythmIT extends IntakeIntegrationTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Autowired
    MongoDatabase database;

    private final String county = "33R" + ThreadLocalRandom.current().nextInt(10_000, 100_000);
    private final String township = county + "-101";
    private final String village = county + "-101-001";
    private final String department = county + "-D01";
    private final String cityUnit = county + "-C01";

    @BeforeEach
    void loadTheNetwork() {
        http = as(TestTokens.bearer(county, "WORK_STATION_STAFF", "NETWORK_ADMIN"));
        http.put()
                .uri("/api/network/nodes")
                .contentType(MediaType.APPLICATION_JSON)
                .body(List.of(
                        Map.of("code", county, "kind", "COUNTY", "name", "报送县"),
                        Map.of("code", township, "kind", "TOWNSHIP", "name", "报送镇", "parentCode", county),
                        Map.of("code", village, "kind", "VILLAGE", "name", "报送村", "parentCode", township),
                        Map.of("code", department, "kind", "DEPARTMENT", "name", "报送局", "parentCode", county),
                        Map.of("code", cityUnit, "kind", "CITY_UNIT", "name", "报送医院", "parentCode", county)))
                .exchange()
                .expectStatus()
                .isAccepted();
    }

    @Test
    void aReportIsFiledProjectedAndListedAndASecondFilingIsRefused() {
        UUID itemId = submitAnItemAtTheVillage();
        Map<String, Object> report = Map.of("unitCode", township, "period", "2025-03", "itemIds", List.of(itemId));

        // Qingming 2025 (04-04..04-06) moves the 5th to Monday the 7th
        post("/api/reporting/reports", report)
                .isAccepted()
                .expectBody()
                .json("{\"state\":\"LATE\",\"opensOn\":\"2025-04-01\",\"closesOn\":\"2025-04-07\"}");

        ReportingComplianceChanged published = EventJson.mapper()
                .readValue(
                        TestKafka.awaitRecord(Topics.REPORTING_COMPLIANCE.name(), township + "|2025-03"),
                        ReportingComplianceChanged.class);
        assertThat(published.state()).isEqualTo(ComplianceState.LATE);
        assertThat(published.itemCount()).isOne();
        assertThat(published.eventId())
                .isEqualTo(EventIds.derive("reporting-compliance-changed", township + "|2025-03#LATE"));
        assertThat(compliance(township + "|2025-03").getString("state")).isEqualTo("LATE");

        post("/api/reporting/reports", Map.of("unitCode", township, "period", "2025-03", "nil", true))
                .isEqualTo(HttpStatus.CONFLICT)
                .expectBody()
                .jsonPath("$.title")
                .isEqualTo("重复报送 / Already filed")
                .jsonPath("$.errors[0].field")
                .isEqualTo("period");

        JsonNode windows = windows("2025-03-01", "2025-04-30", township);
        assertThat(windows.get("windows")).hasSize(2);
        JsonNode february = windows.get("windows").get(0);
        assertThat(february.get("period").asString()).isEqualTo("2025-02");
        assertThat(february.get("closesOn").asString()).isEqualTo("2025-03-05");
        assertThat(february.get("state").asString()).isEqualTo("MISSING");
        JsonNode march = windows.get("windows").get(1);
        assertThat(march.get("cycle").asString()).isEqualTo("TOWNSHIP_MONTHLY");
        assertThat(march.get("state").asString()).isEqualTo("LATE");
        assertThat(march.get("filedAt").isNull()).isFalse();
        assertThat(march.get("nil").asBoolean()).isFalse();
        assertThat(march.get("itemCount").asInt()).isOne();
    }

    @Test
    void aNilReportNeedsNoItemsAndAnyOtherReportItsOwnItems() {
        // the 10th is a Thursday
        post("/api/reporting/reports", Map.of("unitCode", cityUnit, "period", "2025-Q1", "nil", true))
                .isAccepted()
                .expectBody()
                .json("{\"state\":\"LATE\",\"closesOn\":\"2025-04-10\"}");

        post(
                        "/api/reporting/reports",
                        Map.of("unitCode", township, "period", "2025-04", "itemIds", List.of(UUID.randomUUID())))
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("itemIds[0]")
                .jsonPath("$.errors[0].message")
                .isEqualTo("未找到该预警信息 / no such item");
        post("/api/reporting/reports", Map.of("unitCode", township, "period", "2025-Q1", "nil", true))
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("period");
    }

    @Test
    void factsOnTheTopicAreProjectedALateReportOverAMissingFlag() {
        String key = township + "|2025-05";
        TestKafka.publish(Topics.REPORTING_COMPLIANCE.name(), key, fact(ComplianceState.MISSING));
        TestKafka.publish(Topics.REPORTING_COMPLIANCE.name(), key, fact(ComplianceState.LATE));
        TestKafka.publish(Topics.REPORTING_COMPLIANCE.name(), key, fact(ComplianceState.MISSING));

        ConsumerGroups.awaitConsumed(SERVICE_GROUP, Topics.REPORTING_COMPLIANCE.name());

        assertThat(compliance(key).getString("state")).isEqualTo("LATE");
        JsonNode may =
                windows("2025-06-01", "2025-06-30", township).get("windows").get(0);
        assertThat(may.get("period").asString()).isEqualTo("2025-05");
        assertThat(may.get("state").asString()).isEqualTo("LATE");
    }

    @Test
    void aMissingFlagAfterAFiledReportIsFollowedByTheReportAgainSoTheCompactedTopicEndsRight() {
        String key = township + "|2025-07";
        ReportingComplianceChanged late = factFor("2025-07", ComplianceState.LATE);
        TestKafka.publish(Topics.REPORTING_COMPLIANCE.name(), key, late);
        TestKafka.publish(Topics.REPORTING_COMPLIANCE.name(), key, factFor("2025-07", ComplianceState.MISSING));

        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            List<byte[]> values = TestKafka.valuesOf(Topics.REPORTING_COMPLIANCE.name(), key);
            assertThat(values).hasSize(3);
            assertThat(EventJson.mapper().readValue(values.get(2), ReportingComplianceChanged.class))
                    .isEqualTo(late);
        });
        assertThat(compliance(key).getString("state")).isEqualTo("LATE");
    }

    @Test
    void contactsTravelSealedAndAreOnlyCounted() {
        Map<String, Object> contacts = Map.of(
                "unitCode",
                township,
                "contacts",
                List.of(
                        Map.of("role", "纪检委员", "phone", "13812345678", "email", "canary@example.cn"),
                        Map.of("role", "联络员", "phone", "13900001111")));

        put("/api/reporting/contacts", contacts).isAccepted().expectBody().json("{\"count\":2}");

        await().atMost(PATIENCE).untilAsserted(() -> http.get()
                .uri("/api/reporting/contacts?unit=" + township)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .json("{\"unitCode\":\"" + township + "\",\"count\":2}", JsonCompareMode.STRICT));
        String onTheTopic =
                new String(TestKafka.awaitRecord(Topics.REPORTING_CONTACTS.name(), township), StandardCharsets.UTF_8);
        String inMongo = database.getCollection("reporting_contacts")
                .find(Filters.eq("_id", township))
                .first()
                .toJson();
        for (String stored : List.of(onTheTopic, inMongo)) {
            assertThat(stored)
                    .doesNotContain("13812345678")
                    .doesNotContain("canary@example.cn")
                    .doesNotContain("13900001111");
        }
    }

    @Test
    void aContactThatIsNotAPhoneNumberIsNamedWithoutBeingRepeated() {
        put(
                        "/api/reporting/contacts",
                        Map.of("unitCode", township, "contacts", List.of(Map.of("role", "纪检委员", "phone", "1381234"))))
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo("contacts[0].phone")
                .jsonPath("$.errors[0].message")
                .isEqualTo("不是有效的电话号码 / not a valid phone number");
    }

    @Test
    void aWindowClosingInAYearWithoutATableIsNamedApartAndTheRestIsAnswered() {
        http.get()
                .uri("/api/reporting/windows?from=2026-12-01&to=2027-01-31&unit=" + township)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.windows[*].period")
                .isEqualTo(List.of("2026-11"))
                .jsonPath("$.windows[0].closesOn")
                .isEqualTo("2026-12-07")
                .jsonPath("$.unavailable[0].period")
                .isEqualTo("2026-12")
                .jsonPath("$.unavailable[0].nominalClose")
                .isEqualTo("2027-01-05")
                .jsonPath("$.unavailable[0].year")
                .isEqualTo(2027)
                .jsonPath("$.unavailable[0].problem")
                .value(detail -> assertThat((String) detail).contains("qingfeng.calendar.years.2027"));
    }

    @Test
    void badRangesAreNamed() {
        badRange("from=2026-13-01&to=2026-12-31", "from");
        badRange("from=2026-02-01&to=2026-01-01", "to");
        badRange("from=2025-01-01&to=2026-02-05", "to");
        badRange("from=2026-01-01&to=2026-01-31&unit=" + village, "unit");
        badRange("to=2026-01-31", "from");
    }

    private void badRange(String query, String field) {
        http.get()
                .uri("/api/reporting/windows?" + query)
                .exchange()
                .expectStatus()
                .isBadRequest()
                .expectBody()
                .jsonPath("$.errors[0].field")
                .isEqualTo(field);
    }

    private UUID submitAnItemAtTheVillage() {
        JsonNode accepted = http.post()
                .uri("/api/items")
                .contentType(MediaType.APPLICATION_JSON)
                .body(SubmissionFixtures.anySubmissionDraftAt(village, department))
                .exchange()
                .expectStatus()
                .isAccepted()
                .expectBody(JsonNode.class)
                .returnResult()
                .getResponseBody();
        UUID itemId = UUID.fromString(accepted.get("itemId").asString());
        await().atMost(PATIENCE)
                .untilAsserted(() ->
                        assertThat(item(itemId).get("regionCode").asString()).isEqualTo(village));
        return itemId;
    }

    private ReportingComplianceChanged fact(ComplianceState state) {
        return factFor("2025-05", state);
    }

    /** A fact of a township month of 2025, filed on the 10th of the next month unless missing. */
    private ReportingComplianceChanged factFor(String month, ComplianceState state) {
        YearMonth period = YearMonth.parse(month);
        YearMonth after = period.plusMonths(1);
        Instant filedAt = state == ComplianceState.MISSING
                ? null
                : after.atDay(10).atTime(2, 0).toInstant(ZoneOffset.UTC);
        return new ReportingComplianceChanged(
                EventIds.derive("reporting-compliance-changed", township + "|" + month + "#" + state),
                filedAt == null ? after.atDay(5).atTime(16, 0).toInstant(ZoneOffset.UTC) : filedAt,
                township,
                ReportingCycle.TOWNSHIP_MONTHLY,
                month,
                after.atDay(1),
                after.atDay(5),
                state,
                filedAt,
                false,
                filedAt == null ? 0 : 1);
    }

    private Document compliance(String key) {
        return await().atMost(PATIENCE)
                .until(
                        () -> database.getCollection("reporting_compliance")
                                .find(Filters.eq("_id", key))
                                .first(),
                        document -> document != null);
    }

    private JsonNode windows(String from, String to, String unit) {
        return http.get()
                .uri("/api/reporting/windows?from=" + from + "&to=" + to + "&unit=" + unit)
                .exchange()
                .expectStatus()
                .isOk()
                .expectBody(JsonNode.class)
                .returnResult()
                .getResponseBody();
    }

    private StatusAssertions post(String uri, Object body) {
        return http.post()
                .uri(uri)
                .contentType(MediaType.APPLICATION_JSON)
                .body(body)
                .exchange()
                .expectStatus();
    }

    private StatusAssertions put(String uri, Object body) {
        return http.put()
                .uri(uri)
                .contentType(MediaType.APPLICATION_JSON)
                .body(body)
                .exchange()
                .expectStatus();
    }
}
