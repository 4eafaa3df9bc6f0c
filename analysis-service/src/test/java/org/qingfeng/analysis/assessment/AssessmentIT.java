package org.qingfeng.analysis.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qingfeng.analysis.ItemFixtures.anyItem;
import static org.qingfeng.analysis.ItemFixtures.at10;
import static org.qingfeng.analysis.ItemFixtures.informantItem;
import static org.qingfeng.analysis.ItemFixtures.triaged;
import static org.qingfeng.analysis.ItemFixtures.warned;
import static org.qingfeng.analysis.NetworkFixtures.anyCountyCode;
import static org.qingfeng.analysis.NetworkFixtures.anyToken;
import static org.qingfeng.analysis.NetworkFixtures.informant;
import static org.qingfeng.analysis.NetworkFixtures.node;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.qingfeng.analysis.AnalysisIntegrationTest;
import org.qingfeng.contracts.Topics;
import org.qingfeng.contracts.analysis.ItemTriaged;
import org.qingfeng.contracts.analysis.TriageDecision;
import org.qingfeng.contracts.disposal.WarningIssued;
import org.qingfeng.contracts.intake.InformantChanged;
import org.qingfeng.contracts.intake.InformantStatus;
import org.qingfeng.contracts.intake.ItemSubmitted;
import org.qingfeng.contracts.intake.NetworkNodeChanged;
import org.qingfeng.contracts.intake.NodeKind;
import org.qingfeng.support.calendar.WorkingDayCalendar;
import org.qingfeng.testsupport.ConsumerGroups;
import org.qingfeng.testsupport.TestKafka;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import tools.jackson.databind.JsonNode;

/**
 * The assessment from the events intake, analysis and disposal publish, on the real broker and the
 * Mongo wire server: decisions and warnings published before the items they concern, one decision
 * revised out of order, every event published twice. The figures are checked three ways: against
 * values worked out by hand, against {@link IndependentAssessment} recomputing them from the same
 * events, and against the first answer after a replay.
 */
class AssessmentIT extends AnalysisIntegrationTest {

    private static final LocalDate TODAY =
            LocalDate.ofInstant(AnalysisIntegrationTest.TODAY, ZoneId.of("Asia/Shanghai"));

    @Autowired
    WorkingDayCalendar calendar;

    private final String county = anyCountyCode();
    private final String township = county + "-101";
    private final String village = township + "-001";
    private final String otherTownship = county + "-102";

    private final InformantChanged mixed = informant(anyToken(), village, InformantStatus.ACTIVE, day(2025, 3, 1), 2);
    private final InformantChanged diligent =
            informant(anyToken(), township, InformantStatus.ACTIVE, day(2026, 1, 10), 1);
    private final InformantChanged silent =
            informant(anyToken(), otherTownship, InformantStatus.ACTIVE, day(2024, 6, 1), 1);
    private final InformantChanged dismissed =
            informant(anyToken(), village, InformantStatus.DISMISSED, day(2024, 6, 1), 4);
    private final List<InformantChanged> roster = List.of(mixed, diligent, silent, dismissed);

    private final List<ItemSubmitted> items = new ArrayList<>();
    private final List<ItemTriaged> decisions = new ArrayList<>();
    private final List<WarningIssued> warnings = new ArrayList<>();

    @Test
    void ranksTheScopesInformantsWithFiguresReproducibleFromTheEventsAndUnchangedByAReplay() {
        theMixedInformantsYear();
        theDiligentInformantsYear();
        theDismissedInformantsItemJustAfterNewYearInBeijing();
        anAnonymousItemThatIsNotAssessed();

        publishAll();
        JsonNode first = assessment(2026, county);
        publishAll();
        JsonNode replayed = assessment(2026, county);

        Map<String, JsonNode> rows = byToken(first);
        assertThat(rows).containsOnlyKeys(tokens(roster));
        assertThat(rows.get(mixed.informantToken()).get("score").asInt()).isEqualTo(17);
        assertThat(rows.get(mixed.informantToken()).get("timelyShare").asDouble())
                .isEqualTo(0.67);
        assertThat(rows.get(diligent.informantToken()).get("recommendation").asString())
                .isEqualTo("COMMEND");
        assertThat(rows.get(dismissed.informantToken()).get("malicious").asInt())
                .isEqualTo(1);
        assertThat(StreamSupport.stream(first.get("informants").spliterator(), false)
                        .map(row -> row.get("informantToken").asString())
                        .toList())
                .containsExactly(
                        diligent.informantToken(),
                        mixed.informantToken(),
                        silent.informantToken(),
                        dismissed.informantToken());
        assertThat(first.get("method").asString()).isEqualTo("assessment-1");
        IndependentAssessment independent = new IndependentAssessment(calendar, items, decisions, warnings);
        for (InformantChanged informant : roster) {
            assertThat(figures(rows.get(informant.informantToken())))
                    .as("figures of %s", informant.homeNodeCode())
                    .isEqualTo(independent.of(informant, 2026, TODAY));
        }
        assertThat(replayed).isEqualTo(first);
    }

    @Test
    void recommendsDismissingWhoeverServedAWholePastYearInSilence() {
        publishAll();

        Map<String, JsonNode> rows = byToken(assessment(2025, county));

        assertThat(rows).containsOnlyKeys(mixed.informantToken(), silent.informantToken(), dismissed.informantToken());
        assertThat(rows.get(silent.informantToken()).get("recommendation").asString())
                .isEqualTo("DISMISS");
        assertThat(rows.get(silent.informantToken()).get("reasons").get(0).asString())
                .isEqualTo("2025 年全年在任但没有报送任何信息 / active throughout 2025 without a single item");
        assertThat(rows.get(mixed.informantToken()).get("recommendation").asString())
                .isEqualTo("NONE");
        assertThat(rows.get(dismissed.informantToken()).get("recommendation").asString())
                .isEqualTo("NONE");
    }

    @Test
    void narrowsTheRankingToTheScopesSubtreeAndRefusesAnUnknownScope() {
        publishAll();

        assertThat(byToken(assessment(2026, township)))
                .containsOnlyKeys(mixed.informantToken(), diligent.informantToken(), dismissed.informantToken());
        assertThat(mvc.get()
                        .uri("/api/assessments/2026?scope={scope}", county + "-999")
                        .header(HttpHeaders.AUTHORIZATION, staffAt(county)))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.errors[0].field")
                .isEqualTo("scope");
    }

    /** Five items: accepted, warned only, revised to linked, a duplicate, and one from 2024 found unfounded. */
    private void theMixedInformantsYear() {
        ItemSubmitted accepted = item(mixed, day(2026, 10, 9), day(2026, 9, 28));
        ItemSubmitted warnedOnly = item(mixed, day(2026, 10, 19), day(2026, 10, 12));
        ItemSubmitted linked = item(mixed, day(2026, 10, 20), day(2026, 10, 12));
        ItemSubmitted duplicate = item(mixed, day(2026, 11, 2), null);
        ItemSubmitted unfounded = item(mixed, day(2026, 3, 2), day(2024, 12, 30));
        decisions.add(triaged(accepted.itemId(), 1, TriageDecision.ACCEPTED));
        decisions.add(triaged(linked.itemId(), 2, TriageDecision.LINKED, accepted.itemId()));
        decisions.add(triaged(linked.itemId(), 1, TriageDecision.UNFOUNDED));
        decisions.add(triaged(duplicate.itemId(), 1, TriageDecision.DUPLICATE, accepted.itemId()));
        decisions.add(triaged(unfounded.itemId(), 1, TriageDecision.UNFOUNDED));
        warnings.add(warned(warnedOnly.itemId()));
        warnings.add(warned(duplicate.itemId()));
        warnings.add(warned(unfounded.itemId()));
    }

    private void theDiligentInformantsYear() {
        for (int i = 0; i < 3; i++) {
            ItemSubmitted item = item(diligent, day(2026, 6, 1), day(2026, 6, 1));
            decisions.add(triaged(item.itemId(), 1, TriageDecision.ACCEPTED));
        }
    }

    /** 00:30 on 1 January 2026 in Beijing, still 2025 in UTC: assessed in 2026. */
    private void theDismissedInformantsItemJustAfterNewYearInBeijing() {
        ItemSubmitted item =
                informantItem(dismissed.informantToken(), Instant.parse("2025-12-31T16:30:00Z"), day(2025, 12, 31));
        items.add(item);
        decisions.add(triaged(item.itemId(), 1, TriageDecision.MALICIOUS));
    }

    private void anAnonymousItemThatIsNotAssessed() {
        ItemSubmitted item = anyItem();
        items.add(item);
        decisions.add(triaged(item.itemId(), 1, TriageDecision.ACCEPTED));
        warnings.add(warned(item.itemId()));
    }

    private ItemSubmitted item(InformantChanged informant, LocalDate receivedOn, LocalDate occurredOn) {
        ItemSubmitted item = informantItem(informant.informantToken(), at10(receivedOn), occurredOn);
        items.add(item);
        return item;
    }

    /** The registry and roster, then every decision and warning, then the items they concern. */
    private void publishAll() {
        List<NetworkNodeChanged> nodes = List.of(
                node(county, NodeKind.COUNTY, null),
                node(township, NodeKind.TOWNSHIP, county),
                node(village, NodeKind.VILLAGE, township),
                node(otherTownship, NodeKind.TOWNSHIP, county));
        nodes.forEach(node -> TestKafka.publish(Topics.NETWORK_CHANGED.name(), node.nodeCode(), node));
        roster.forEach(entry -> TestKafka.publish(Topics.INFORMANT_CHANGED.name(), entry.informantToken(), entry));
        decisions.forEach(decision ->
                TestKafka.publish(Topics.ITEM_TRIAGED.name(), decision.itemId().toString(), decision));
        warnings.forEach(warning -> TestKafka.publish(
                Topics.WARNING_ISSUED.name(), warning.warningId().toString(), warning));
        items.forEach(item ->
                TestKafka.publish(Topics.ITEM_SUBMITTED.name(), item.itemId().toString(), item));
        ConsumerGroups.awaitConsumed(SERVICE_GROUP, Topics.NETWORK_CHANGED.name());
        ConsumerGroups.awaitConsumed(SERVICE_GROUP, Topics.INFORMANT_CHANGED.name());
        ConsumerGroups.awaitConsumed(ASSESSMENT_GROUP, Topics.ITEM_TRIAGED.name());
        ConsumerGroups.awaitConsumed(ASSESSMENT_GROUP, Topics.WARNING_ISSUED.name());
        ConsumerGroups.awaitConsumed(ASSESSMENT_GROUP, Topics.ITEM_SUBMITTED.name());
    }

    private JsonNode assessment(int year, String scope) {
        return getJsonAs(staffAt(county), "/api/assessments/{year}?scope={scope}", year, scope);
    }

    private static Map<String, JsonNode> byToken(JsonNode assessment) {
        return StreamSupport.stream(assessment.get("informants").spliterator(), false)
                .collect(Collectors.toMap(row -> row.get("informantToken").asString(), Function.identity()));
    }

    private static IndependentAssessment.Figures figures(JsonNode row) {
        return new IndependentAssessment.Figures(
                row.get("items").asInt(),
                row.get("adopted").asInt(),
                row.get("adoptedShare").asDouble(),
                row.get("timely").asInt(),
                row.get("timelyShare").asDouble(),
                row.get("duplicates").asInt(),
                row.get("unfounded").asInt(),
                row.get("malicious").asInt(),
                row.get("score").asInt(),
                row.get("recommendation").asString());
    }

    private static String[] tokens(List<InformantChanged> informants) {
        return informants.stream().map(InformantChanged::informantToken).toArray(String[]::new);
    }

    private static LocalDate day(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }
}
