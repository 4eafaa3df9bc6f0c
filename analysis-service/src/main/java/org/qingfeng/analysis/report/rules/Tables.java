package org.qingfeng.analysis.report.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.qingfeng.contracts.analysis.PeriodClosed.Figure;
import org.qingfeng.contracts.disposal.WarningColour;

/** Part four of the report (数据列表): the quarter's figures and findings as tables. */
public final class Tables {

    public static final String TOTALS = "预警信息总体情况";
    public static final String BY_TOWNSHIP = "按乡镇（单位）分布";
    public static final String BY_SUBJECT = "按问题类别分布";
    public static final String BY_CHANNEL = "按报送渠道分布";
    public static final String FINDINGS = "突出问题及去向";
    public static final String INDEX = "廉情指数";
    public static final String DISPOSAL = "处置情况 / Disposal";
    public static final String FINDING_CASES = "突出问题立案情况";

    private Tables() {}

    public static List<Table> of(
            QuarterFigures figures,
            List<FindingFacts> findings,
            Disposal disposal,
            Function<String, String> names,
            Function<String, String> subjects) {
        List<Table> tables = new ArrayList<>();
        tables.add(new Table(
                TOTALS,
                List.of("项目", "件数"),
                List.of(
                        List.of("收到预警信息", Long.toString(figures.items())),
                        List.of("已处理", Long.toString(figures.handled())),
                        List.of("尚未处理", Long.toString(figures.unhandled())))));
        tables.add(breakdown(BY_TOWNSHIP, "乡镇（单位）", figures.byTownship(), names));
        tables.add(breakdown(BY_SUBJECT, "问题类别", figures.bySubject(), subjects));
        tables.add(breakdown(BY_CHANNEL, "报送渠道", figures.byChannel(), Labels::channel));
        tables.add(new Table(
                FINDINGS,
                List.of("月份", "性质", "单位", "问题类别", "程度", "去向", "信息件数"),
                findings.stream()
                        .map(f -> List.of(
                                f.period(),
                                Labels.kind(f.kind()),
                                names.apply(f.unitCode()),
                                subjects.apply(f.subjectArea()),
                                Labels.severity(f.severity()),
                                Labels.destination(f.destination()),
                                Integer.toString(f.itemIds().size())))
                        .toList()));
        tables.add(disposal(disposal));
        tables.add(new Table(
                FINDING_CASES,
                List.of("月份", "单位", "去向", "处置案件", "最高预警颜色", "案件状态"),
                disposal.findings().stream()
                        .map(row -> List.of(
                                row.finding().period(),
                                names.apply(row.finding().unitCode()),
                                Labels.destination(row.finding().destination()),
                                row.caseId() == null ? "未立案" : row.caseId(),
                                row.colour() == null ? "—" : Labels.colour(row.colour()),
                                row.state() == null ? "—" : Labels.state(row.state()) + (row.overdue() ? "（逾期）" : "")))
                        .toList()));
        if (!figures.index().isEmpty()) {
            tables.add(new Table(
                    INDEX,
                    List.of("单位（区域）", "得分", "等级"),
                    figures.index().stream()
                            .map(row -> List.of(
                                    names.apply(row.node()),
                                    "%.1f".formatted(row.score()),
                                    row.grade() == null ? "—" : row.grade()))
                            .toList()));
        }
        for (Map.Entry<String, List<Figure>> other : figures.others().entrySet()) {
            tables.add(new Table(
                    other.getKey(),
                    List.of("项目", "数值"),
                    other.getValue().stream()
                            .map(f -> List.of(f.key(), number(f.value())))
                            .toList()));
        }
        return tables;
    }

    /** Cases opened in the quarter, as they stood at its end. */
    private static Table disposal(Disposal disposal) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("本季度启动处置案件", Long.toString(disposal.opened())));
        for (WarningColour colour : WarningColour.values()) {
            rows.add(List.of(
                    "其中" + Labels.colour(colour),
                    Long.toString(disposal.byColour().getOrDefault(colour, 0L))));
        }
        rows.add(List.of("整改验收后办结", Long.toString(disposal.verified())));
        rows.add(List.of("移送立案调查", Long.toString(disposal.referred())));
        rows.add(List.of("升级处置", Long.toString(disposal.escalated())));
        rows.add(List.of("季末仍在办理", Long.toString(disposal.open())));
        rows.add(List.of("其中逾期", Long.toString(disposal.overdue())));
        return new Table(DISPOSAL, List.of("项目", "件数"), rows);
    }

    private static Table breakdown(String title, String first, List<Breakdown> rows, Function<String, String> label) {
        return new Table(
                title,
                List.of(first, "信息件数", "已处理"),
                rows.stream()
                        .map(b -> List.of(label.apply(b.code()), Long.toString(b.items()), Long.toString(b.handled())))
                        .toList());
    }

    private static String number(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
