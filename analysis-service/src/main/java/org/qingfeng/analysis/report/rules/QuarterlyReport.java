package org.qingfeng.analysis.report.rules;

import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A station's report for a quarter as it is shown and printed: the draft if staff wrote one, the
 * suggested texts always, the tables and the charts of part four.
 *
 * @param revision the draft's revision, 0 when there is none
 */
public record QuarterlyReport(
        Quarter quarter,
        String stationCode,
        String stationName,
        boolean closed,
        int revision,
        @Nullable Texts draft,
        Texts suggested,
        List<Table> tables,
        List<Chart> charts) {

    /** The parts' headings, in order. */
    public static final List<String> PARTS = List.of("一、工作动态", "二、突出问题", "三、处置情况", "四、数据表格");

    /** What goes to print: the draft where staff wrote one, else the suggestion. */
    public Texts printed() {
        return draft != null ? draft : suggested;
    }

    public String title() {
        return stationName + quarter.label() + "预警信息分析报告";
    }

    /** The two charts of part four: items by township and by subject area. */
    public static List<Chart> charts(
            QuarterFigures figures, Function<String, String> names, Function<String, String> subjects) {
        return List.of(
                chart("各乡镇（单位）预警信息件数", figures.byTownship(), names),
                chart("各类问题预警信息件数", figures.bySubject(), subjects));
    }

    private static Chart chart(String title, List<Breakdown> rows, Function<String, String> label) {
        return new Chart(
                title,
                "信息件数",
                rows.stream().map(b -> label.apply(b.code())).toList(),
                rows.stream().map(Breakdown::items).toList());
    }
}
