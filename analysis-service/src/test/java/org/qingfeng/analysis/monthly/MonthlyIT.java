package org.qingfeng.analysis.monthly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.qingfeng.analysis.AnalysisIntegrationTest;
import org.qingfeng.analysis.NetworkFixtures;
import org.qingfeng.analysis.monthly.CountyQuarterGenerator.Generated;
import org.qingfeng.contracts.EventIds;
import org.qingfeng.contracts.EventJson;
import org.qingfeng.contracts.Topics;
import org.qingfeng.contracts.analysis.Classification;
import org.qingfeng.contracts.analysis.FindingPublished;
import org.qingfeng.contracts.analysis.ItemTriaged;
import org.qingfeng.contracts.analysis.Severity;
import org.qingfeng.contracts.analysis.TriageDecision;
import org.qingfeng.contracts.intake.NetworkNodeChanged;
import org.qingfeng.contracts.intake.NodeKind;
import org.qingfeng.testsupport.ConsumerGroups;
import org.qingfeng.testsupport.TestKafka;
import tools.jackson.databind.JsonNode;

/**
 * The monthly analysis through the broker: a generated county quarter (4 townships of 3 units),
 * every item published twice, some triaged (a duplicate, a reclassification published twice and out
 * of order); then the dashboard, the planted patterns, and a finding published for disposal.
 */
class MonthlyIT extends AnalysisIntegrationTest {

    private static final String GROUP = "analysis-service-monthly";
    private static final YearMonth QUARTER = YearMonth.of(2026, 7);

    @Test
    void findsThePlantedPatternsInAQuarterPublishedTwiceAndPublishesOne() {
        String county = NetworkFixtures.anyCountyCode();
        CountyQuarterGenerator generator = new CountyQuarterGenerator(county, 4, 3, 0.2, 0.8, QUARTER);
        List<NetworkNodeChanged> nodes = new ArrayList<>();
        nodes.add(NetworkFixtures.node(county, NodeKind.COUNTY, null));
        for (int t = 0; t < 4; t++) {
            nodes.add(NetworkFixtures.node(generator.township(t), NodeKind.TOWNSHIP, county));
        }
        String recurringUnit = generator.plants().get(2).units().get(0);
        nodes.add(departmentWithCompetent(recurringUnit, county, county + "-D01"));
        project(nodes);
        List<Generated> items = generator.generate(1);
        items.forEach(MonthlyIT::publish);
        items.forEach(MonthlyIT::publish);

        YearMonth last = QUARTER.plusMonths(2);
        Generated duplicate =
                items.stream().filter(i -> i.month().equals(last)).findFirst().orElseThrow();
        Generated moved = items.stream()
                .filter(i -> i.month().equals(last) && !i.itemId().equals(duplicate.itemId()))
                .findFirst()
                .orElseThrow();
        triage(duplicate, 1, TriageDecision.DUPLICATE, null);
        triage(moved, 2, TriageDecision.ACCEPTED, "reclassified");
        triage(moved, 1, TriageDecision.ACCEPTED, moved.subject());
        triage(moved, 2, TriageDecision.ACCEPTED, "reclassified");
        ConsumerGroups.awaitConsumed(GROUP, Topics.ITEM_SUBMITTED.name());
        ConsumerGroups.awaitConsumed(GROUP, Topics.ITEM_TRIAGED.name());

        JsonNode month = getJsonAs(staffAt(county), "/api/analysis/months/{m}", last.toString());
        long expected = items.stream().filter(i -> i.month().equals(last)).count();
        assertThat(month.get("totals").get("items").asLong()).isEqualTo(expected);
        assertThat(month.get("totals").get("handled").asLong()).isEqualTo(2);
        assertThat(month.get("bySubject").findValuesAsString("code")).contains("reclassified");
        assertThat(month.get("method").asString()).isEqualTo("monthly-1");

        List<PlantedPatterns.Found> found = new ArrayList<>();
        for (YearMonth m : generator.quarter()) {
            getJsonAs(staffAt(county), "/api/analysis/months/{m}", m.toString())
                    .get("findings")
                    .forEach(f -> {
                        List<String> units = new ArrayList<>();
                        f.get("unitCodes").forEach(u -> units.add(u.asString()));
                        found.add(new PlantedPatterns.Found(
                                FindingPublished.FindingKind.valueOf(
                                        f.get("kind").asString()),
                                m.toString(),
                                units,
                                f.get("subjectArea").asString()));
                    });
        }
        PlantedPatterns result = PlantedPatterns.check(generator.plants(), found);
        assertThat(result.missed()).isEmpty();
        assertThat(result.noise()).isEmpty();

        JsonNode recurring = findingOf(month, "RECURRING");
        assertThat(recurring.get("suggestedDestination").asString()).isEqualTo("EXCHANGE");
        assertThat(recurring.get("competentDepartmentCode").asString()).isEqualTo(county + "-D01");
        assertThat(recurring.get("count").asInt()).isGreaterThanOrEqualTo(4);
        assertThat(recurring.get("itemIds")).hasSize(recurring.get("count").asInt());
        JsonNode trending = findingOf(month, "TRENDING");
        assertThat(trending.get("evidence").asString()).contains("Poisson P(X≥");
        assertThat(trending.get("numbers").get("pValue").asDouble()).isLessThan(0.01);

        String findingId = trending.get("findingId").asString();
        assertThat(mvc.post()
                        .uri("/api/analysis/findings")
                        .header("Authorization", staffAt(county))
                        .contentType("application/json")
                        .content("""
                                {"period": "%s", "findingId": "%s", "destination": "DISPOSAL", "severity": "SERIOUS"}
                                """.formatted(last, findingId)))
                .hasStatus(202);
        FindingPublished event = EventJson.mapper()
                .readValue(TestKafka.awaitRecord(Topics.FINDINGS.name(), findingId), FindingPublished.class);
        assertThat(event.itemIds()).hasSize(trending.get("itemIds").size());
        assertThat(event.publishedBy()).isNotBlank();
        assertThat(event.riskLevel()).isNull();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                        getJsonAs(staffAt(county), "/api/analysis/findings?period={p}", last.toString())
                                .get("findings")
                                .findValuesAsString("findingId"))
                .containsExactly(findingId));
        assertThat(findingOf(getJsonAs(staffAt(county), "/api/analysis/months/{m}", last.toString()), "TRENDING")
                        .get("published")
                        .get("severity")
                        .asString())
                .isEqualTo("SERIOUS");
    }

    @Test
    void showsATownshipOnlyItsOwnCells() {
        String county = NetworkFixtures.anyCountyCode();
        CountyQuarterGenerator generator = new CountyQuarterGenerator(county, 4, 3, 0.2, 0.8, QUARTER);
        project(List.of(
                NetworkFixtures.node(county, NodeKind.COUNTY, null),
                NetworkFixtures.node(generator.township(0), NodeKind.TOWNSHIP, county),
                NetworkFixtures.node(generator.township(1), NodeKind.TOWNSHIP, county)));
        List<Generated> items = generator.generate(2).stream()
                .filter(i -> i.month().equals(QUARTER)
                        && (i.township().equals(generator.township(0))
                                || i.township().equals(generator.township(1))))
                .toList();
        items.forEach(MonthlyIT::publish);
        ConsumerGroups.awaitConsumed(GROUP, Topics.ITEM_SUBMITTED.name());

        JsonNode month = getJsonAs(
                org.qingfeng.testsupport.TestTokens.bearer(generator.township(0), "TOWNSHIP_STAFF"),
                "/api/analysis/months/{m}",
                QUARTER.toString());

        assertThat(month.get("byTownship").findValuesAsString("code")).containsOnly(generator.township(0));
        assertThat(month.get("totals").get("items").asLong())
                .isEqualTo(items.stream()
                        .filter(i -> i.township().equals(generator.township(0)))
                        .count());
    }

    private static JsonNode findingOf(JsonNode month, String kind) {
        for (JsonNode finding : month.get("findings")) {
            if (finding.get("kind").asString().equals(kind)) {
                return finding;
            }
        }
        throw new AssertionError("no " + kind + " finding in " + month);
    }

    private static NetworkNodeChanged departmentWithCompetent(String code, String parent, String competent) {
        NetworkNodeChanged node = NetworkFixtures.node(code, NodeKind.DEPARTMENT, parent);
        return new NetworkNodeChanged(
                node.eventId(),
                node.occurredAt(),
                code,
                NodeKind.DEPARTMENT,
                node.name(),
                parent,
                competent,
                true,
                null,
                List.of(),
                null);
    }

    private static void publish(Generated item) {
        TestKafka.publish(
                Topics.ITEM_SUBMITTED.name(), item.itemId().toString(), CountyQuarterGenerator.submitted(item));
    }

    private static void triage(Generated item, int sequence, TriageDecision decision, String subject) {
        UUID itemId = item.itemId();
        Classification classification =
                subject == null ? null : new Classification(subject, null, null, Severity.MODERATE, null);
        ItemTriaged triaged = new ItemTriaged(
                EventIds.derive("item-triaged", itemId + "#" + sequence),
                Instant.parse("2026-10-02T02:00:00Z"),
                itemId,
                sequence,
                decision,
                null,
                decision == TriageDecision.DUPLICATE ? UUID.randomUUID() : null,
                classification,
                "u-test");
        TestKafka.publish(Topics.ITEM_TRIAGED.name(), itemId.toString(), triaged);
    }
}
