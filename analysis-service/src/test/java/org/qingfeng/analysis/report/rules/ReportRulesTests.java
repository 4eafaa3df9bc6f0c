package org.qingfeng.analysis.report.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.qingfeng.analysis.report.ReportFixtures;
import org.qingfeng.analysis.rules.Violation;
import org.qingfeng.contracts.analysis.FindingPublished.Destination;
import org.qingfeng.contracts.analysis.FindingPublished.FindingKind;
import org.qingfeng.contracts.analysis.PeriodClosed.Figure;

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

        Texts texts = Narrative.suggest(ReportFixtures.QUARTER, figures, findings, CODES, Labels::subject);

        assertThat(texts.workDynamics()).contains("共收到预警信息12件", "已处理9件", "联系卡（10件）", "举报电话（2件）", "示警处置1个、分析交流1个");
        assertThat(texts.salientProblems().lines().filter(l -> l.startsWith("表现：")))
                .hasSize(2);
        for (String heading : List.of("表现：", "范围：", "程度：", "原因：", "措施：")) {
            assertThat(texts.salientProblems()).contains(heading);
        }
        assertThat(texts.salientProblems())
                .contains("倾向性", "反复性", "Poisson", "严重", "2026-09 3件", Narrative.TO_COMPLETE);
        assertThat(texts.handlingStatus()).contains("已处理9件", "已解决4件", "正在解决5件", "分析成果转化为工作决策2项", "330281-D03");
    }

    @Test
    void saysSoWhenNoFindingWasPublished() {
        Texts texts = Narrative.suggest(
                ReportFixtures.QUARTER, QuarterFigures.of(List.of(), List.of()), List.of(), CODES, CODES);

        assertThat(texts.salientProblems()).contains("未发现");
        assertThat(texts.handlingStatus()).contains("没有分析成果转化为工作决策", "处理率—");
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
