package org.qingfeng.analysis.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.qingfeng.analysis.NetworkFixtures.anyCountyCode;
import static org.qingfeng.analysis.NetworkFixtures.anyToken;
import static org.qingfeng.analysis.NetworkFixtures.informant;
import static org.qingfeng.analysis.NetworkFixtures.node;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.assertj.core.groups.Tuple;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.qingfeng.analysis.AnalysisIntegrationTest;
import org.qingfeng.analysis.cases.CaseFixtures.Script;
import org.qingfeng.contracts.EventIds;
import org.qingfeng.contracts.EventJson;
import org.qingfeng.contracts.Topics;
import org.qingfeng.contracts.analysis.FindingPublished;
import org.qingfeng.contracts.analysis.FindingPublished.Destination;
import org.qingfeng.contracts.analysis.FindingPublished.FindingKind;
import org.qingfeng.contracts.analysis.ItemTriaged;
import org.qingfeng.contracts.analysis.Severity;
import org.qingfeng.contracts.analysis.TriageDecision;
import org.qingfeng.contracts.disposal.CaseStepped;
import org.qingfeng.contracts.disposal.CaseStepped.State;
import org.qingfeng.contracts.disposal.CaseStepped.Step;
import org.qingfeng.contracts.disposal.WarningColour;
import org.qingfeng.contracts.intake.Channel;
import org.qingfeng.contracts.intake.InformantChanged;
import org.qingfeng.contracts.intake.InformantStatus;
import org.qingfeng.contracts.intake.ItemDetails;
import org.qingfeng.contracts.intake.ItemSubmitted;
import org.qingfeng.contracts.intake.NodeKind;
import org.qingfeng.contracts.intake.RiskCategory;
import org.qingfeng.contracts.intake.SubmitterKind;
import org.qingfeng.contracts.intake.Urgency;
import org.qingfeng.testsupport.ConsumerGroups;
import org.qingfeng.testsupport.TestKafka;
import org.springframework.http.HttpHeaders;
import tools.jackson.databind.JsonNode;

/**
 * Disposal's case steps read back by the index, the quarterly report and the assessment, on the real
 * broker and the Mongo wire server, in a county of its own, in the fourth quarter of 2026 (the clock
 * stands on 20 November). One case climbs blue → yellow → orange and is closed after its reply was
 * accepted; its steps come out of order (the reply after the acceptance) and one twice. One
 * immediate case is referred, one is still open past its deadline.
 */
class CaseStepsIT extends AnalysisIntegrationTest {

    private static final String INDEX_GROUP = "analysis-service-index";
    private static final String REPORT_GROUP = "analysis-service-report";

    private final String county = anyCountyCode();
    private final String township = county + "-101";
    private final String unit = county + "-D01";
    private final InformantChanged informant =
            informant(anyToken(), township, InformantStatus.ACTIVE, LocalDate.of(2026, 1, 10), 1);

    private final ItemSubmitted undecided = item(informant.informantToken());
    private final ItemSubmitted unfounded = item(informant.informantToken());
    private final ItemSubmitted immediate = item(null);
    private final ItemSubmitted late = item(null);
    private final FindingPublished finding = finding();

    private final Script climbed = CaseFixtures.anyCase(
                    county, township, unit, finding.findingId(), List.of(undecided.itemId(), unfounded.itemId()))
            .opened(at("2026-10-12"), WarningColour.BLUE, at("2026-10-20"))
            .step(Step.ESCALATED, at("2026-10-20"), WarningColour.YELLOW, State.OPEN, at("2026-11-03"))
            .step(Step.REPLY_REJECTED, at("2026-11-04"), WarningColour.ORANGE, State.OPEN, at("2026-12-01"))
            .step(Step.REPLIED, at("2026-11-10"), WarningColour.ORANGE, State.REPLIED, at("2026-12-01"))
            .step(Step.REPLY_ACCEPTED, at("2026-11-12"), WarningColour.ORANGE, State.CLOSED, null);
    private final Script referred = CaseFixtures.anyCase(county, township, unit, immediate.itemId())
            .opened(at("2026-10-15"), WarningColour.ORANGE, at("2026-11-12"))
            .step(Step.REFERRED, at("2026-10-25"), WarningColour.RED, State.REFERRED, null);
    private final Script overdue = CaseFixtures.anyCase(county, township, unit, late.itemId())
            .opened(at("2026-10-20"), WarningColour.BLUE, at("2026-11-10"));

    @Test
    void countsTheCasesInTheIndexTheReportAndTheAssessmentWhateverTheOrderAndUnchangedByAReplay() {
        publishAll();

        String first = body("/api/index/2026-Q4?method=index-3&scope=" + county);
        JsonNode unitRow = row(first, unit);
        assertThat(unitRow.get("suppressed").asBoolean()).isFalse();
        assertThat(deductions(unitRow))
                .containsExactly(
                        tuple("WARNING_BLUE", 2, List.of(overdue.caseId().toString())),
                        tuple("WARNING_ORANGE", 8, List.of(climbed.caseId().toString())),
                        tuple("WARNING_RED", 15, List.of(referred.caseId().toString())),
                        tuple("FINDING_TRENDING", 5, List.of()),
                        tuple("CASE_REFERRED", 10, List.of(referred.caseId().toString())));
        assertThat(unitRow.get("integrity").get("score").asInt()).isEqualTo(100 - 2 - 8 - 15 - 5 - 10);
        assertThat(row(first, county).get("integrity").get("score").asInt()).isEqualTo(60);
        assertThat(row(body("/api/index/2026-Q4?method=index-1&scope=" + county), unit)
                        .get("integrity")
                        .get("score")
                        .asInt())
                .isEqualTo(100 - 2 - 8 - 15 - 5);

        JsonNode report = getJsonAs(staffAt(county), "/api/reports/quarterly/2026-Q4");
        assertThat(table(report, "处置情况 / Disposal"))
                .contains(
                        List.of("本季度启动处置案件", "3"),
                        List.of("其中蓝色预警", "1"),
                        List.of("其中黄色预警", "0"),
                        List.of("其中橙色预警", "1"),
                        List.of("其中红色预警", "1"),
                        List.of("整改验收后办结", "1"),
                        List.of("移送立案调查", "1"),
                        List.of("升级处置", "1"),
                        List.of("季末仍在办理", "1"),
                        List.of("其中逾期", "1"));
        assertThat(table(report, "突出问题立案情况"))
                .containsExactly(List.of(
                        "2026-10",
                        "DEPARTMENT " + unit,
                        "示警处置",
                        climbed.caseId().toString(),
                        "橙色预警",
                        "整改验收办结"));
        assertThat(report.get("suggested").get("handlingStatus").asString())
                .contains("本季度启动处置案件3件（蓝色预警1件、橙色预警1件、红色预警1件）", "已立案处置（橙色预警，整改验收办结）");

        JsonNode assessed = StreamSupport.stream(
                        getJsonAs(staffAt(county), "/api/assessments/2026?scope=" + county)
                                .get("informants")
                                .spliterator(),
                        false)
                .filter(row -> row.get("informantToken").asString().equals(informant.informantToken()))
                .findFirst()
                .orElseThrow();
        assertThat(assessed.get("items").asInt()).isEqualTo(2);
        assertThat(assessed.get("adopted").asInt()).isEqualTo(1);
        assertThat(assessed.get("unfounded").asInt()).isEqualTo(1);

        List<CaseStepped> replay = new ArrayList<>();
        List.of(climbed, referred, overdue).forEach(c -> replay.addAll(c.steps()));
        Collections.reverse(replay);
        publishSteps(replay);
        assertThat(body("/api/index/2026-Q4?method=index-3&scope=" + county)).isEqualTo(first);
        assertThat(table(getJsonAs(staffAt(county), "/api/reports/quarterly/2026-Q4"), "处置情况 / Disposal"))
                .isEqualTo(table(report, "处置情况 / Disposal"));
    }

    /** The registry and roster, the items, a decision and the finding; then the steps, out of order and one twice. */
    private void publishAll() {
        project(List.of(
                node(county, NodeKind.COUNTY, null),
                node(township, NodeKind.TOWNSHIP, county),
                node(unit, NodeKind.DEPARTMENT, county)));
        TestKafka.publish(Topics.INFORMANT_CHANGED.name(), informant.informantToken(), informant);
        for (ItemSubmitted item : List.of(undecided, unfounded, immediate, late)) {
            TestKafka.publish(Topics.ITEM_SUBMITTED.name(), item.itemId().toString(), item);
        }
        TestKafka.publish(
                Topics.ITEM_TRIAGED.name(),
                unfounded.itemId().toString(),
                new ItemTriaged(
                        EventIds.derive("item-triaged", unfounded.itemId() + "#1"),
                        at("2026-10-11"),
                        unfounded.itemId(),
                        1,
                        TriageDecision.UNFOUNDED,
                        "经核查与事实不符。",
                        null,
                        null,
                        "u-staff"));
        TestKafka.publish(Topics.FINDINGS.name(), finding.findingId().toString(), finding);
        List<CaseStepped> steps = new ArrayList<>();
        steps.addAll(List.of(climbed.step(1), climbed.step(2), climbed.step(3), climbed.step(5)));
        steps.add(climbed.step(3));
        steps.add(climbed.step(4));
        steps.addAll(referred.steps());
        steps.addAll(overdue.steps());
        ConsumerGroups.awaitConsumed(SERVICE_GROUP, Topics.INFORMANT_CHANGED.name());
        for (String group : List.of(INDEX_GROUP, ASSESSMENT_GROUP)) {
            ConsumerGroups.awaitConsumed(group, Topics.ITEM_SUBMITTED.name());
            ConsumerGroups.awaitConsumed(group, Topics.ITEM_TRIAGED.name());
        }
        ConsumerGroups.awaitConsumed(REPORT_GROUP, Topics.FINDINGS.name());
        publishSteps(steps);
    }

    private static void publishSteps(List<CaseStepped> steps) {
        steps.forEach(step ->
                TestKafka.publish(Topics.CASE_STEPS.name(), step.caseId().toString(), step));
        for (String group : List.of(INDEX_GROUP, REPORT_GROUP, ASSESSMENT_GROUP)) {
            ConsumerGroups.awaitConsumed(group, Topics.CASE_STEPS.name());
        }
    }

    private String body(String uri) {
        byte[] bytes = mvc.get()
                .uri(uri)
                .header(HttpHeaders.AUTHORIZATION, staffAt(county))
                .exchange()
                .getResponse()
                .getContentAsByteArray();
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static JsonNode row(String answer, String node) {
        JsonNode rows = EventJson.mapper().readTree(answer).get("rows");
        return StreamSupport.stream(rows.spliterator(), false)
                .filter(row -> row.get("nodeCode").asString().equals(node))
                .findFirst()
                .orElseThrow();
    }

    private static List<Tuple> deductions(JsonNode row) {
        return StreamSupport.stream(row.get("integrity").get("deductions").spliterator(), false)
                .map(d -> tuple(
                        d.get("rule").asString(),
                        d.get("points").asInt(),
                        StreamSupport.stream(d.get("warningIds").spliterator(), false)
                                .map(JsonNode::asString)
                                .toList()))
                .toList();
    }

    private static List<List<String>> table(JsonNode report, String title) {
        JsonNode table = StreamSupport.stream(report.get("tables").spliterator(), false)
                .filter(t -> t.get("title").asString().equals(title))
                .findFirst()
                .orElseThrow();
        return StreamSupport.stream(table.get("rows").spliterator(), false)
                .map(row -> StreamSupport.stream(row.spliterator(), false)
                        .map(JsonNode::asString)
                        .toList())
                .toList();
    }

    /** 10:00 in Beijing on {@code day}. */
    private static Instant at(String day) {
        return Instant.parse(day + "T02:00:00Z");
    }

    private ItemSubmitted item(@Nullable String token) {
        UUID itemId = UUID.randomUUID();
        ItemDetails details = new ItemDetails(
                township,
                township,
                unit,
                "work-style",
                RiskCategory.POST_DUTIES,
                Urgency.ROUTINE,
                Channel.WEB_FORM,
                "工程款拨付未按程序审批。",
                LocalDate.of(2026, 10, 1));
        return new ItemSubmitted(
                EventIds.derive("item-submitted", itemId),
                at("2026-10-09"),
                itemId,
                token == null ? SubmitterKind.ANONYMOUS : SubmitterKind.INFORMANT,
                details,
                token);
    }

    private FindingPublished finding() {
        UUID findingId = EventIds.derive("finding", county + "-cases");
        return new FindingPublished(
                EventIds.derive("finding-published", findingId),
                at("2026-11-02"),
                findingId,
                "2026-10",
                county,
                FindingKind.TRENDING,
                Destination.DISPOSAL,
                township,
                unit,
                List.of(unit),
                "work-style",
                Severity.SERIOUS,
                null,
                "Poisson P(X≥4 | λ=0.7)=0.0058 < 0.01",
                List.of(new FindingPublished.PeriodCount("2026-09", 0)),
                List.of(undecided.itemId(), unfounded.itemId()),
                null,
                "monthly-1",
                "u-staff");
    }
}
