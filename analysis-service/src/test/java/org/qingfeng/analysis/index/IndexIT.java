package org.qingfeng.analysis.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.qingfeng.analysis.NetworkFixtures.anyCountyCode;
import static org.qingfeng.analysis.NetworkFixtures.node;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.qingfeng.analysis.AnalysisIntegrationTest;
import org.qingfeng.analysis.ComplianceFixtures;
import org.qingfeng.contracts.EventDeserializer;
import org.qingfeng.contracts.EventIds;
import org.qingfeng.contracts.EventJson;
import org.qingfeng.contracts.Topics;
import org.qingfeng.contracts.analysis.Classification;
import org.qingfeng.contracts.analysis.FindingPublished;
import org.qingfeng.contracts.analysis.FindingPublished.Destination;
import org.qingfeng.contracts.analysis.FindingPublished.FindingKind;
import org.qingfeng.contracts.analysis.ItemTriaged;
import org.qingfeng.contracts.analysis.Severity;
import org.qingfeng.contracts.analysis.TriageDecision;
import org.qingfeng.contracts.audit.AuditAction;
import org.qingfeng.contracts.audit.AuditRecorded;
import org.qingfeng.contracts.disposal.WarningColour;
import org.qingfeng.contracts.disposal.WarningIssued;
import org.qingfeng.contracts.intake.Channel;
import org.qingfeng.contracts.intake.ComplianceState;
import org.qingfeng.contracts.intake.ItemDetails;
import org.qingfeng.contracts.intake.ItemSubmitted;
import org.qingfeng.contracts.intake.NodeKind;
import org.qingfeng.contracts.intake.ReportingComplianceChanged;
import org.qingfeng.contracts.intake.ReportingCycle;
import org.qingfeng.contracts.intake.RiskCategory;
import org.qingfeng.contracts.intake.SubmitterKind;
import org.qingfeng.contracts.intake.Urgency;
import org.qingfeng.testsupport.ConsumerGroups;
import org.qingfeng.testsupport.TestKafka;
import org.qingfeng.testsupport.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;

/**
 * The index from the events intake, analysis and disposal publish, on the real broker and the Mongo
 * wire server, in a county of its own: decisions and warnings published before their items, then
 * everything again in reverse order; the answer must not change by a byte.
 */
class IndexIT extends AnalysisIntegrationTest {

    private static final String GROUP = "analysis-service-index";
    private static final Instant AUGUST = Instant.parse("2026-08-10T02:00:00Z");

    @Autowired
    IndexFigures figures;

    private final String county = anyCountyCode();
    private final String township = county + "-101";
    private final String village = township + "-001";
    private final String otherTownship = county + "-102";
    private final String unit = county + "-D03";

    private final List<ItemSubmitted> items = new ArrayList<>();
    private final List<ItemTriaged> decisions = new ArrayList<>();
    private final List<WarningIssued> warnings = new ArrayList<>();
    private final List<FindingPublished> findings = new ArrayList<>();
    private final List<ReportingComplianceChanged> reports = new ArrayList<>();

    /**
     * Township 101: four items from its village about the department, accepted serious (warned orange,
     * named by a trending finding), accepted minor, linked moderate, unfounded grave (warned red, which
     * then no longer counts); September's report missing, August's late. Township 102: one grave item.
     */
    private void aQuarter() {
        ItemSubmitted serious = item(village, township, unit);
        decide(serious, TriageDecision.ACCEPTED, Severity.SERIOUS);
        warn(serious, WarningColour.ORANGE);
        decide(item(village, township, unit), TriageDecision.ACCEPTED, Severity.MINOR);
        decide(item(village, township, unit), TriageDecision.LINKED, Severity.MODERATE);
        ItemSubmitted unfounded = item(village, township, unit);
        decide(unfounded, TriageDecision.UNFOUNDED, null);
        warn(unfounded, WarningColour.RED);
        decide(item(otherTownship, otherTownship, otherTownship), TriageDecision.ACCEPTED, Severity.GRAVE);
        findings.add(finding(FindingKind.TRENDING, serious.itemId()));
        reports.add(report(township, "2026-07", ComplianceState.MISSING));
        reports.add(report(township, "2026-08", ComplianceState.LATE));
        reports.add(report(township, "2026-09", ComplianceState.ON_TIME));
    }

    @Test
    void scoresTheQuarterFromTheEventsExplainsEachGradeAndAnswersTheSameAfterAReplayInAnotherOrder() {
        aQuarter();
        publishAll(false);

        String first = body("/api/index/2026-Q3?scope=" + county, staffAt(county));
        JsonNode rows = json(first).get("rows");

        assertThat(json(first).get("method").asString()).isEqualTo("index-1");
        assertThat(codes(rows)).containsExactly(county, township, otherTownship, unit);
        JsonNode countyRow = rows.get(0);
        assertThat(countyRow.get("integrity").get("score").asInt()).isEqualTo(100 - 1 - 2 - 4 - 8 - 8 - 5);
        assertThat(countyRow.get("integrity").get("grade").asString()).isEqualTo("C");
        assertThat(countyRow.get("completeness").get("score").asInt()).isEqualTo(75);
        assertThat(countyRow.get("items").asInt()).isEqualTo(5);
        JsonNode townshipRow = rows.get(1);
        assertThat(townshipRow.get("integrity").get("score").asInt()).isEqualTo(80);
        assertThat(townshipRow.get("integrity").get("grade").asString()).isEqualTo("B");
        assertThat(rules(townshipRow))
                .containsExactly("ITEM_MINOR", "ITEM_MODERATE", "ITEM_SERIOUS", "WARNING_ORANGE", "FINDING_TRENDING");
        assertThat(townshipRow
                        .get("integrity")
                        .get("deductions")
                        .get(3)
                        .get("warningIds")
                        .get(0)
                        .asString())
                .isEqualTo(warnings.get(0).warningId().toString());
        for (JsonNode row : rows) {
            if (!row.get("suppressed").asBoolean()) {
                int points = 0;
                for (JsonNode deduction : row.get("integrity").get("deductions")) {
                    points += deduction.get("points").asInt();
                }
                assertThat(row.get("integrity").get("score").asInt()).isEqualTo(Math.max(0, 100 - points));
            }
        }
        JsonNode suppressed = rows.get(2);
        assertThat(suppressed.get("suppressed").asBoolean()).isTrue();
        assertThat(suppressed.get("integrity").get("score").isNull()).isTrue();
        assertThat(suppressed.get("items").isNull()).isTrue();
        assertThat(suppressed.get("integrity").get("deductions").get(0).get("itemIds"))
                .isEmpty();
        assertThat(suppressed.toString())
                .doesNotContain(decisions.get(4).itemId().toString());

        publishAll(true);
        assertThat(body("/api/index/2026-Q3?scope=" + county, staffAt(county))).isEqualTo(first);
    }

    @Test
    void recomputesAnOldQuarterUnderTheSecondMethod() {
        aQuarter();
        publishAll(false);

        JsonNode answer = json(body("/api/index/2026-Q3?method=index-2&scope=" + county, staffAt(county)));

        assertThat(answer.get("method").asString()).isEqualTo("index-2");
        assertThat(answer.get("rows").get(0).get("integrity").get("score").asInt())
                .isEqualTo(100 - 2 - 4 - 8 - 16 - 8 - 5);
        assertThat(answer.get("rows").get(1).get("integrity").get("score").asInt())
                .isEqualTo(100 - 2 - 4 - 8 - 8 - 5);
        assertThat(json(body("/api/index/methods", staffAt(county))).get("methods"))
                .extracting(method -> method.get("version").asString())
                .containsExactly("index-1", "index-2", "index-3");
        assertThat(mvc.get()
                        .uri("/api/index/2026-Q3?method=index-9")
                        .header(HttpHeaders.AUTHORIZATION, staffAt(county)))
                .hasStatus(HttpStatus.BAD_REQUEST)
                .bodyJson()
                .extractingPath("$.errors[0].field")
                .isEqualTo("method");
    }

    @Test
    void holdsATownshipToItsOwnRowsAndAnswersOutsideItsScopeAsUnknown() {
        aQuarter();
        publishAll(false);
        String townshipStaff = TestTokens.bearer(township, "TOWNSHIP_STAFF");

        JsonNode own = json(body("/api/index/2026-Q3", townshipStaff));

        assertThat(codes(own.get("rows"))).containsExactly(township);
        assertThat(mvc.get().uri("/api/index/2026-Q3?scope=" + county).header(HttpHeaders.AUTHORIZATION, townshipStaff))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.get()
                        .uri("/api/index/trend?node={node}&to=2026-Q4", otherTownship)
                        .header(HttpHeaders.AUTHORIZATION, townshipStaff))
                .hasStatus(HttpStatus.NOT_FOUND);
        assertThat(mvc.get()
                        .uri("/api/index/2026-Q3")
                        .header(HttpHeaders.AUTHORIZATION, TestTokens.bearer(township, "MONITORING_STAFF")))
                .hasStatus(HttpStatus.FORBIDDEN);
        JsonNode trend = json(body("/api/index/trend?node=" + township + "&to=2026-Q4&quarters=2", townshipStaff));
        assertThat(trend.get("points"))
                .extracting(point -> point.get("quarter").asString() + " "
                        + point.get("integrity").asInt() + " "
                        + point.get("grade").asString() + " "
                        + point.get("completeness").asInt())
                .containsExactly("2026-Q3 80 B 75", "2026-Q4 100 A 100");
    }

    @Test
    void auditsAListOfItemIdsAndFreezesSuppressedRowsAsMinusOne() {
        aQuarter();
        publishAll(false);

        body("/api/index/2026-Q3?scope=" + county, staffAt(county));

        List<AuditRecorded> recorded = new ArrayList<>();
        try (EventDeserializer deserializer = new EventDeserializer()) {
            for (byte[] raw : TestKafka.valuesOf(Topics.AUDIT_RECORDED.name(), "analysis-service")) {
                if (new String(raw, StandardCharsets.UTF_8).contains(county)) {
                    recorded.add((AuditRecorded) deserializer.deserialize(Topics.AUDIT_RECORDED.name(), raw));
                }
            }
        }
        assertThat(recorded).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo(AuditAction.ITEM_LIST);
            assertThat(entry.targetType()).isEqualTo("index");
            assertThat(entry.targetId()).isEqualTo("2026-Q3");
            assertThat(entry.detail())
                    .as("items listed; the unfounded one is behind no deduction")
                    .isEqualTo("4");
        });
        assertThat(figures.figures(county, "2026-Q3"))
                .extracting(figure -> figure.table() + " " + figure.key() + " " + figure.value())
                .contains(
                        "index " + county + " 72.0",
                        "index-grade " + county + " 3.0",
                        "index " + otherTownship + " -1.0",
                        "index-grade " + otherTownship + " -1.0",
                        "index-completeness " + township + " 75.0");
        assertThat(figures.figures(county, "2026-08")).isEmpty();
    }

    private ItemSubmitted item(String region, String townshipCode, String unitCode) {
        UUID itemId = UUID.randomUUID();
        ItemDetails details = new ItemDetails(
                region,
                townshipCode,
                unitCode,
                "work-style",
                RiskCategory.POST_DUTIES,
                Urgency.ROUTINE,
                Channel.WEB_FORM,
                "工程款拨付未按程序审批。",
                LocalDate.of(2026, 8, 1));
        ItemSubmitted item = new ItemSubmitted(
                EventIds.derive("item-submitted", itemId), AUGUST, itemId, SubmitterKind.ANONYMOUS, details, null);
        items.add(item);
        return item;
    }

    private void decide(ItemSubmitted item, TriageDecision decision, @Nullable Severity severity) {
        Classification classification = severity == null
                ? null
                : new Classification("work-style", RiskCategory.POST_DUTIES, null, severity, "office-1");
        decisions.add(new ItemTriaged(
                EventIds.derive("item-triaged", item.itemId() + "#1"),
                AUGUST.plusSeconds(60),
                item.itemId(),
                1,
                decision,
                classification == null ? "经核查与事实不符。" : null,
                null,
                classification,
                "u-staff"));
    }

    private void warn(ItemSubmitted item, WarningColour colour) {
        UUID warningId = EventIds.derive("warning", item.itemId());
        warnings.add(new WarningIssued(
                EventIds.derive("warning-issued", warningId),
                AUGUST.plusSeconds(120),
                warningId,
                item.itemId(),
                item.item().unitCode(),
                item.item().townshipCode(),
                colour,
                "policy-1",
                "依规处置 / by policy"));
    }

    private FindingPublished finding(FindingKind kind, UUID itemId) {
        UUID findingId = EventIds.derive("finding", county + kind);
        return new FindingPublished(
                EventIds.derive("finding-published", findingId),
                AUGUST.plusSeconds(3600),
                findingId,
                "2026-08",
                county,
                kind,
                Destination.DISPOSAL,
                township,
                unit,
                List.of(unit),
                "work-style",
                Severity.SERIOUS,
                null,
                "Poisson P(X≥4 | λ=0.7)=0.0058 < 0.01",
                List.of(new FindingPublished.PeriodCount("2026-07", 0)),
                List.of(itemId),
                null,
                "monthly-1",
                "u-staff");
    }

    private static ReportingComplianceChanged report(String unitCode, String month, ComplianceState state) {
        LocalDate closesOn = LocalDate.parse(month + "-01").plusMonths(1).plusDays(7);
        return ComplianceFixtures.flag(
                unitCode,
                ReportingCycle.TOWNSHIP_MONTHLY,
                month,
                closesOn.minusDays(7),
                closesOn,
                state,
                state == ComplianceState.MISSING
                        ? null
                        : closesOn.atStartOfDay().toInstant(ZoneOffset.UTC));
    }

    /** The registry, then decisions, warnings, findings and reports before the items; reversed on a replay. */
    private void publishAll(boolean reversed) {
        project(List.of(
                node(county, NodeKind.COUNTY, null),
                node(township, NodeKind.TOWNSHIP, county),
                node(village, NodeKind.VILLAGE, township),
                node(otherTownship, NodeKind.TOWNSHIP, county),
                node(unit, NodeKind.DEPARTMENT, county)));
        List<Runnable> sends = new ArrayList<>();
        decisions.forEach(d -> sends.add(
                () -> TestKafka.publish(Topics.ITEM_TRIAGED.name(), d.itemId().toString(), d)));
        warnings.forEach(w -> sends.add(() ->
                TestKafka.publish(Topics.WARNING_ISSUED.name(), w.warningId().toString(), w)));
        findings.forEach(f -> sends.add(
                () -> TestKafka.publish(Topics.FINDINGS.name(), f.findingId().toString(), f)));
        reports.forEach(r -> sends.add(() -> TestKafka.publish(Topics.REPORTING_COMPLIANCE.name(), r.key(), r)));
        items.forEach(i -> sends.add(
                () -> TestKafka.publish(Topics.ITEM_SUBMITTED.name(), i.itemId().toString(), i)));
        if (reversed) {
            Collections.reverse(sends);
        }
        sends.forEach(Runnable::run);
        List.of(
                        Topics.ITEM_TRIAGED,
                        Topics.WARNING_ISSUED,
                        Topics.FINDINGS,
                        Topics.REPORTING_COMPLIANCE,
                        Topics.ITEM_SUBMITTED)
                .forEach(topic -> ConsumerGroups.awaitConsumed(GROUP, topic.name()));
    }

    private String body(String uri, String authorization) {
        MvcTestResult result = mvc.get()
                .uri(uri)
                .header(HttpHeaders.AUTHORIZATION, authorization)
                .exchange();
        assertThat(result).hasStatusOk();
        return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
    }

    private static JsonNode json(String body) {
        return EventJson.mapper().readTree(body);
    }

    private static List<String> codes(JsonNode rows) {
        List<String> codes = new ArrayList<>();
        rows.forEach(row -> codes.add(row.get("nodeCode").asString()));
        return codes;
    }

    private static List<String> rules(JsonNode row) {
        List<String> rules = new ArrayList<>();
        row.get("integrity")
                .get("deductions")
                .forEach(d -> rules.add(d.get("rule").asString()));
        return rules;
    }
}
