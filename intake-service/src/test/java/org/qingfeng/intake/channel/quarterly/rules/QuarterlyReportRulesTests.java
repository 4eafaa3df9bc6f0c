package org.qingfeng.intake.channel.quarterly.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.qingfeng.contracts.intake.Channel;
import org.qingfeng.contracts.intake.QuarterlyReportFiled.Figure;
import org.qingfeng.contracts.intake.SubmitterKind;
import org.qingfeng.intake.NetworkFixtures;
import org.qingfeng.intake.channel.quarterly.rules.QuarterlyReportDraft.FigureDraft;
import org.qingfeng.intake.network.rules.NetworkView;
import org.qingfeng.intake.rules.RulesViolated;
import org.qingfeng.intake.rules.Violation;
import org.qingfeng.intake.submission.rules.SubmissionDraft;

class QuarterlyReportRulesTests {

    private static final NetworkView NETWORK = NetworkFixtures.anyNetworkView();
    private static final String POINT = NetworkFixtures.POINT_IN_TOWNSHIP;

    @Test
    void aReportKeepsItsPartsNormalisedAndItsItemsComeAsTheMonitoringPointsReport() {
        QuarterlyReport report = QuarterlyReportRules.check(
                draft(POINT, "2026-Q4", List.of(item(null), item(POINT)), " 本季度召开座谈会2次。 "), NETWORK);

        assertThat(report.unitCode()).isEqualTo(POINT);
        assertThat(report.period()).isEqualTo("2026-Q4");
        assertThat(report.workDynamics()).isEqualTo("本季度召开座谈会2次。");
        assertThat(report.dataTable()).containsExactly(new Figure("报送信息 / items reported", 2));
        assertThat(report.items()).allSatisfy(item -> {
            assertThat(item.regionCode()).isEqualTo(POINT);
            assertThat(item.channel()).isEqualTo(Channel.MONITORING_REPORT);
            assertThat(item.submitterKind()).isEqualTo(SubmitterKind.MONITORING_POINT);
        });
    }

    @Test
    void aCityUnitsItemsLieUnderItAndAMonitoringPointsAtItself() {
        assertThat(fields(draft(POINT, "2026-Q4", List.of(item(NetworkFixtures.VILLAGE)), "动态")))
                .containsExactly("items[0].regionCode");
        assertThat(fields(draft(NetworkFixtures.CITY_UNIT, "2026-Q4", List.of(item(NetworkFixtures.VILLAGE)), "动态")))
                .containsExactly("items[0].regionCode");
        QuarterlyReport cityUnit = QuarterlyReportRules.check(
                draft(NetworkFixtures.CITY_UNIT, "2026-Q4", List.of(item(null)), "动态"), NETWORK);
        assertThat(cityUnit.items().get(0).regionCode()).isEqualTo(NetworkFixtures.CITY_UNIT);
    }

    @Test
    void onlyAnActiveMonitoringPointOrCityUnitFilesAQuarterlyReport() {
        assertThat(fields(draft(NetworkFixtures.TOWNSHIP, "2026-Q4", List.of(), "动态")))
                .containsExactly("unitCode");
        assertThat(fields(draft("330281-X99", "2026-Q4", List.of(), "动态"))).containsExactly("unitCode");
        assertThat(fields(draft(null, "2026-Q4", List.of(), "动态"))).containsExactly("unitCode");
    }

    @Test
    void thePeriodIsAQuarter() {
        assertThat(fields(draft(POINT, "2026-11", List.of(), "动态"))).containsExactly("period");
        assertThat(fields(draft(POINT, "2026-Q5", List.of(), "动态"))).containsExactly("period");
        assertThat(fields(draft(POINT, null, List.of(), "动态"))).containsExactly("period");
    }

    @Test
    void everyPartIsRequiredBoundedAndFreeOfHiddenCharacters() {
        assertThat(fields(draft(POINT, "2026-Q4", List.of(), "  "))).containsExactly("workDynamics");
        assertThat(fields(draft(POINT, "2026-Q4", List.of(), "字".repeat(8001)))).containsExactly("workDynamics");
        assertThat(QuarterlyReportRules.check(draft(POINT, "2026-Q4", List.of(), "字".repeat(8000)), NETWORK)
                        .workDynamics())
                .hasSize(8000);
        assertThat(fields(draft(POINT, "2026-Q4", List.of(), "正常\u202E文字"))).containsExactly("workDynamics");
        QuarterlyReportDraft none = new QuarterlyReportDraft(POINT, "2026-Q4", null, null, null, null, null);
        assertThat(fields(none)).containsExactly("workDynamics", "salientProblems", "handlingStatus");
    }

    @Test
    void figuresNeedALabelAndANonNegativeValue() {
        QuarterlyReportDraft bad = new QuarterlyReportDraft(
                POINT,
                "2026-Q4",
                "动态",
                "问题",
                "处理",
                Arrays.asList(new FigureDraft(" ", 1L), new FigureDraft("座谈会", -1L), null),
                List.of());

        assertThat(fields(bad))
                .containsExactly(
                        "dataTable[0].label", "dataTable[1].value", "dataTable[2].label", "dataTable[2].value");
    }

    @Test
    void aReportHoldsAtMostAHundredItems() {
        List<SubmissionDraft> items = new ArrayList<>();
        for (int i = 0; i < 101; i++) {
            items.add(item(null));
        }
        assertThat(fields(draft(POINT, "2026-Q4", items, "动态"))).containsExactly("items");
    }

    private static List<String> fields(QuarterlyReportDraft draft) {
        return catchThrowableOfType(RulesViolated.class, () -> QuarterlyReportRules.check(draft, NETWORK))
                .violations()
                .stream()
                .map(Violation::field)
                .toList();
    }

    private static QuarterlyReportDraft draft(
            String unit, String period, List<SubmissionDraft> items, String dynamics) {
        return new QuarterlyReportDraft(
                unit,
                period,
                dynamics,
                "部分窗口服务态度生硬。",
                "上季度反映的3条信息已办结2条。",
                List.of(new FigureDraft("报送信息 / items reported", 2L)),
                new ArrayList<>(items));
    }

    private static SubmissionDraft item(String region) {
        return new SubmissionDraft(
                region,
                NetworkFixtures.DEPARTMENT,
                "medical-ethics",
                null,
                null,
                Channel.API,
                SubmitterKind.ANONYMOUS,
                "医院窗口服务态度生硬，群众等候时间长。");
    }
}
