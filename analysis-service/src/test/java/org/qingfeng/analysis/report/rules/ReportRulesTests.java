package org.qingfeng.analysis.report.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.qingfeng.analysis.cases.CaseFixtures;
import org.qingfeng.analysis.report.ReportFixtures;
import org.qingfeng.analysis.rules.Violation;
import org.qingfeng.contracts.analysis.FindingPublished.Destination;
import org.qingfeng.contracts.analysis.FindingPublished.FindingKind;
import org.qingfeng.contracts.analysis.PeriodClosed.Figure;
import org.qingfeng.contracts.disposal.CaseStepped.State;
import org.qingfeng.contracts.disposal.CaseStepped.Step;
import org.qingfeng.contracts.disposal.WarningColour;

class ReportRulesTests {

    private static final Function<String, String> CODES = Function.identity();

    @Test
    void readsQuartersAndTheirMonths() {
        assertThat(Quarter.parse("2026-Q4")).contains(new Quarter(2026, 4));
        assertThat(Quarter.parse("2026-Q4").orElseThrow().months()).containsExactly("2026-10", "2026-11", "2026-12");
        assertThat(Quarter.parse("2026-Q4").orElseThrow().label()).isEqualTo("2026年第四季度");
        assertThat(Quarter.parse("2026-Q5")).isEmpty();
        assertThat(Quarter.parse("1999-Q1")).isEmpty();
        assertThat(Quarter.parse("2026-4")).isEmpty();
    }

    @Test
    void sumsTheMonthsWhenNoSourceGivesTheQuarterAndReadsTheIndex() {
        List<Figure> months = new ArrayList<>(ReportFixtures.anyMonthFigures("330281", 12, 9));
        months.addAll(ReportFixtures.anyMonthFigures("330281", 10, 10));

        QuarterFigures figures = QuarterFigures.of(ReportFixtures.anyIndexFigures("330281"), months);

        assertThat(figures.items()).isEqualTo(22);
        assertThat(figures.handled()).isEqualTo(19);
        assertThat(figures.unhandled()).isEqualTo(3);
        assertThat(figures.byTownship())
                .containsExactly(new Breakdown("330281-101", 14, 13), new Breakdown("330281-102", 8, 6));
        assertThat(figures.byChannel()).extracting(Breakdown::code).containsExactly("CONTACT_CARD", "HOTLINE");
        assertThat(figures.index())
                .containsExactly(new IndexRow("330281-101", 86.5, "B"), new IndexRow("330281-102", 95, "A"));
    }

    @Test
    void takesTheQuartersOwnCountsOverTheMonthsAndBareKeysAsItems() {
        List<Figure> quarter = List.of(
                new Figure("totals", "items", 30),
                new Figure("totals", "handled", 20),
                new Figure("by-subject", "work-style", 30),
                new Figure("by-township", "330281-101|items", -1));

        QuarterFigures figures = QuarterFigures.of(quarter, ReportFixtures.anyMonthFigures("330281", 12, 9));

        assertThat(figures.items()).isEqualTo(30);
        assertThat(figures.unhandled()).isEqualTo(10);
        assertThat(figures.bySubject()).containsExactly(new Breakdown("work-style", 30, 0));
        assertThat(figures.byTownship()).containsExactly(new Breakdown("330281-101", 0, 0));
        assertThat(figures.byChannel()).extracting(Breakdown::items).containsExactly(10L, 2L);
    }

    @Test
    void sketchesEachSalientProblemInFiveHeadingsAndCountsSolvedAsHandledOutsideOpenFindings() {
        List<Figure> months = ReportFixtures.anyMonthFigures("330281", 12, 9);
        QuarterFigures figures = QuarterFigures.of(List.of(), months);
        List<FindingFacts> findings = List.of(
                ReportFixtures.anyFinding("2026-10", FindingKind.TRENDING, Destination.DISPOSAL, 3),
                ReportFixtures.anyFinding("2026-11", FindingKind.RECURRING, Destination.EXCHANGE, 2));

        Texts texts = Narrative.suggest(
                ReportFixtures.QUARTER,
                figures,
                findings,
                ReportFixtures.anyDisposal(findings.get(0)),
                CODES,
                Labels::subject);

        assertThat(texts.workDynamics()).contains("共收到预警信息12件", "已处理9件", "联系卡（10件）", "举报电话（2件）", "示警处置1个、分析交流1个");
        assertThat(texts.salientProblems().lines().filter(l -> l.startsWith("表现：")))
                .hasSize(2);
        for (String heading : List.of("表现：", "范围：", "程度：", "原因：", "措施：")) {
            assertThat(texts.salientProblems()).contains(heading);
        }
        assertThat(texts.salientProblems())
                .contains("倾向性", "反复性", "Poisson", "严重", "2026-09 3件", Narrative.TO_COMPLETE);
        assertThat(texts.handlingStatus())
                .contains(
                        "已处理9件",
                        "已解决4件",
                        "正在解决5件",
                        "分析成果转化为工作决策2项",
                        "330281-D03",
                        "本季度启动处置案件2件（蓝色预警1件、橙色预警1件）",
                        "整改验收后办结1件",
                        "仍在办理1件，其中逾期1件",
                        "已立案处置（橙色预警，待签收答复，已逾期）");
    }

    @Test
    void countsTheQuartersCasesAsTheyStoodAtItsEndAndMapsEachFindingToItsCasesAsTheyStandNow() {
        FindingFacts opened = ReportFixtures.anyFinding("2026-11", FindingKind.TRENDING, Destination.DISPOSAL, 2);
        FindingFacts waiting = ReportFixtures.anyFinding("2026-12", FindingKind.EMERGING, Destination.DISPOSAL, 1);
        Instant due = Instant.parse("2026-12-10T16:00:00Z");
        CaseFixtures.Script escalatedThenClosedInJanuary = CaseFixtures.anyCase(
                        "330281", "330281-101", opened.unitCode(), UUID.fromString(opened.findingId()), List.of())
                .opened(Instant.parse("2026-11-20T02:00:00Z"), WarningColour.BLUE, due)
                .step(
                        Step.ESCALATED,
                        Instant.parse("2026-12-11T02:00:00Z"),
                        WarningColour.YELLOW,
                        State.OPEN,
                        due.plusSeconds(86_400 * 5))
                .step(
                        Step.REPLY_ACCEPTED,
                        Instant.parse("2027-01-08T02:00:00Z"),
                        WarningColour.YELLOW,
                        State.CLOSED,
                        null);
        CaseFixtures.Script referredInDecember = CaseFixtures.anyCase(
                        "330281", "330281-102", "330281-D04", UUID.randomUUID())
                .opened(Instant.parse("2026-09-30T17:00:00Z"), WarningColour.ORANGE, due)
                .step(Step.REFERRED, Instant.parse("2026-12-01T02:00:00Z"), WarningColour.RED, State.REFERRED, null);
        CaseFixtures.Script lastQuarter = CaseFixtures.anyCase("330281", "330281-102", "330281-D04", UUID.randomUUID())
                .opened(Instant.parse("2026-09-30T15:00:00Z"), WarningColour.RED, null);
        List<FindingFacts> findings = List.of(opened, waiting);

        Disposal disposal = Disposal.of(
                List.of(escalatedThenClosedInJanuary.history(), referredInDecember.history(), lastQuarter.history()),
                findings,
                ReportFixtures.QUARTER,
                ZoneId.of("Asia/Shanghai"),
                Instant.parse("2027-02-01T02:00:00Z"));

        assertThat(disposal.opened()).isEqualTo(2);
        assertThat(disposal.byColour())
                .containsEntry(WarningColour.YELLOW, 1L)
                .containsEntry(WarningColour.RED, 1L)
                .containsEntry(WarningColour.BLUE, 0L);
        assertThat(disposal.verified()).isZero();
        assertThat(disposal.referred()).isEqualTo(1);
        assertThat(disposal.escalated()).isEqualTo(1);
        assertThat(disposal.open()).isEqualTo(1);
        assertThat(disposal.overdue()).isEqualTo(1);
        assertThat(disposal.findings())
                .extracting(Disposal.FindingCase::caseId, Disposal.FindingCase::state)
                .containsExactly(
                        tuple(escalatedThenClosedInJanuary.caseId().toString(), State.CLOSED), tuple(null, null));

        List<Table> tables = Tables.of(QuarterFigures.of(List.of(), List.of()), findings, disposal, CODES, CODES);
        Table counts = tables.stream()
                .filter(t -> t.title().equals(Tables.DISPOSAL))
                .findFirst()
                .orElseThrow();
        assertThat(counts.rows())
                .contains(
                        List.of("本季度启动处置案件", "2"),
                        List.of("其中红色预警", "1"),
                        List.of("移送立案调查", "1"),
                        List.of("季末仍在办理", "1"),
                        List.of("其中逾期", "1"));
        Table cases = tables.stream()
                .filter(t -> t.title().equals(Tables.FINDING_CASES))
                .findFirst()
                .orElseThrow();
        assertThat(cases.rows())
                .extracting(row -> row.get(3), row -> row.get(5))
                .containsExactly(tuple(escalatedThenClosedInJanuary.caseId().toString(), "整改验收办结"), tuple("未立案", "—"));
    }

    @Test
    void saysSoWhenNoFindingWasPublished() {
        Texts texts = Narrative.suggest(
                ReportFixtures.QUARTER,
                QuarterFigures.of(List.of(), List.of()),
                List.of(),
                Disposal.NONE,
                CODES,
                CODES);

        assertThat(texts.salientProblems()).contains("未发现");
        assertThat(texts.handlingStatus()).contains("没有分析成果转化为工作决策", "处理率—", "本季度未启动处置案件");
    }

    @Test
    void refusesDraftsThatAreTooLongCarryControlCharactersOrLackAPart() {
        String tooLong = "字".repeat(11);

        List<Violation> violations = DraftRules.check(new DraftEdit(null, tooLong, "a\u0007b", null), 10);

        assertThat(violations)
                .extracting(Violation::field)
                .containsExactly("revision", "workDynamics", "salientProblems", "handlingStatus");
        assertThat(DraftRules.check(new DraftEdit(0, "字".repeat(10), "一\r\n二", ""), 10))
                .isEmpty();
        assertThat(DraftRules.clean("e\u0301\r\n")).isEqualTo("é\n");
    }
}
