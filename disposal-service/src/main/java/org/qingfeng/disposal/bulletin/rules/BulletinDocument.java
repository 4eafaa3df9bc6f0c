package org.qingfeng.disposal.bulletin.rules;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.qingfeng.disposal.cases.CaseLabels;
import org.qingfeng.disposal.notice.rules.ChineseDates;
import org.qingfeng.disposal.notice.rules.OfficialDocument;

/**
 * The bulletin as an official document: red header without a number, the title 关于2026年10月预警整改情况的通报,
 * a summary paragraph with the totals, the table of cases and a closing request. Only names of
 * units, rungs and states and dates of steps appear: nothing of items.
 */
public final class BulletinDocument {

    private static final List<String> COLUMNS = List.of("单位", "预警等级", "状态", "启动日期", "答复期限", "答复日期", "办结日期");
    private static final List<Integer> WIDTHS = List.of(24, 22, 16, 11, 11, 11, 11);

    private BulletinDocument() {}

    public static OfficialDocument compose(MonthlyBulletin b, String organisation, LocalDate issuedOn) {
        String month = b.month().getYear() + "年" + b.month().getMonthValue() + "月";
        MonthlyBulletin.Totals t = b.totals();
        String summary = month + "，共启动预警处置案件" + t.opened() + "件，办结" + t.closed() + "件，移送立案审查" + t.referred()
                + "件，逾期或核查未通过升级处置" + t.escalated() + "次，截至月末逾期未答复" + t.overdue() + "件。本月有处置进展的案件共"
                + b.rows().size() + "件，现将整改情况通报如下。";
        List<List<String>> rows = b.rows().stream()
                .map(r -> List.of(
                        r.unitName(),
                        chinese(r.rungLabel()),
                        chinese(CaseLabels.state(r.state())),
                        day(r.opened(), b),
                        day(r.dueOn(), b),
                        day(r.repliedOn(), b),
                        day(r.closedOn(), b)))
                .toList();
        return new OfficialDocument(
                organisation,
                null,
                "关于" + month + "预警整改情况的通报",
                "各有关单位：",
                List.of(summary),
                new OfficialDocument.Table(COLUMNS, rows, WIDTHS),
                List.of("请各有关单位对照通报，按期完成整改并报送整改情况；逾期未答复的单位请于收到本通报后抓紧办理。"),
                organisation,
                ChineseDates.written(issuedOn),
                null);
    }

    /** The Chinese half of a {@code "中文 / English"} label. */
    private static String chinese(String label) {
        int slash = label.indexOf(" / ");
        return slash < 0 ? label : label.substring(0, slash);
    }

    /** A day of the bulletin's year without the year, another year's with it. */
    private static String day(@Nullable LocalDate date, MonthlyBulletin b) {
        if (date == null) {
            return "—";
        }
        String day = date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
        return date.getYear() == b.month().getYear() ? day : date.getYear() + "年" + day;
    }
}
