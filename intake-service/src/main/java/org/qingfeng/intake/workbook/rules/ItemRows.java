package org.qingfeng.intake.workbook.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.qingfeng.contracts.intake.Channel;
import org.qingfeng.contracts.intake.RiskCategory;
import org.qingfeng.contracts.intake.SubmitterKind;
import org.qingfeng.contracts.intake.Urgency;
import org.qingfeng.intake.rules.Violation;
import org.qingfeng.intake.submission.rules.SubjectArea;
import org.qingfeng.intake.submission.rules.SubmissionDraft;

/**
 * The 预警信息 sheet of a township's monthly batch read into submission drafts, each remembering its
 * row. Every item of the batch arrives by {@code MONTHLY_BATCH}; its submitter is 代报 (entered by
 * staff) unless the row says 匿名 or 信息员 (with the informant's token).
 */
public final class ItemRows {

    public static final String SHEET = "预警信息";
    public static final String CODES = "代码表";

    public static final List<Sheets.Column> COLUMNS = List.of(
            new Sheets.Column("所属区域代码", "regionCode", true),
            new Sheets.Column("涉及单位代码", "unitCode", true),
            new Sheets.Column("领域", "subjectArea", true),
            new Sheets.Column("风险类别", "riskCategory", false),
            new Sheets.Column("紧急程度", "urgency", false),
            new Sheets.Column("报送人类型", "submitterKind", false),
            new Sheets.Column("信息员令牌", "informantToken", false),
            new Sheets.Column("事项描述", "description", true),
            new Sheets.Column("发生日期", "occurredOn", false),
            new Sheets.Column("涉及岗位或人员", "concerns", false),
            new Sheets.Column("反映人联系方式", "contact", false));

    private ItemRows() {}

    /** One data row as a draft; {@code number} as the spreadsheet shows it. */
    public record Row(int number, SubmissionDraft draft) {}

    /**
     * @param rows every row, in order, even those with cells that did not read
     * @param problems the cells that did not read, named by sheet, row and column
     */
    public record Read(List<Row> rows, List<Violation> problems) {}

    public static Read read(List<SheetRow> rows, List<SubjectArea> catalogue) {
        List<Row> read = new ArrayList<>();
        List<Violation> problems = new ArrayList<>();
        if (rows.isEmpty()) {
            problems.add(new Violation(SHEET, "没有数据行 / the sheet has no rows"));
        }
        for (SheetRow row : rows) {
            RiskCategory risk = Cells.label(SHEET, row, "风险类别", Labels.RISKS, problems);
            Urgency urgency = Cells.label(SHEET, row, "紧急程度", Labels.URGENCIES, problems);
            SubmitterKind kind = Cells.label(SHEET, row, "报送人类型", Labels.SUBMITTERS, problems);
            read.add(new Row(
                    row.number(),
                    new SubmissionDraft(
                            row.cell("所属区域代码"),
                            row.cell("涉及单位代码"),
                            subjectArea(row, catalogue, problems),
                            risk,
                            urgency,
                            Channel.MONTHLY_BATCH,
                            Objects.requireNonNullElse(kind, SubmitterKind.STAFF_ON_BEHALF),
                            row.cell("事项描述"),
                            Cells.date(SHEET, row, "发生日期", problems),
                            row.cell("信息员令牌"),
                            row.cell("涉及岗位或人员"),
                            row.cell("反映人联系方式"))));
        }
        return new Read(read, problems);
    }

    /** A rule's violation of a row's draft, such as {@code regionCode}, as its cell: {@code 预警信息 第7行 所属区域代码}. */
    public static Violation toCell(int row, Violation violation) {
        return new Violation(Sheets.cell(SHEET, row, Sheets.titleOf(COLUMNS, violation.field())), violation.message());
    }

    /** The subject area by its code or its Chinese name; the cell named when it is neither. */
    private static @Nullable String subjectArea(SheetRow row, List<SubjectArea> catalogue, List<Violation> out) {
        String text = row.cell("领域");
        if (text == null) {
            return null;
        }
        Optional<SubjectArea> area = catalogue.stream()
                .filter(a -> a.code().equals(text) || a.zh().equals(text))
                .findFirst();
        if (area.isEmpty()) {
            out.add(new Violation(
                    Sheets.cell(SHEET, row.number(), "领域"),
                    "须为以下之一："
                            + String.join(
                                    "、", catalogue.stream().map(SubjectArea::zh).toList())
                            + " / must be one of the listed subject areas"));
            return null;
        }
        return area.get().code();
    }
}
