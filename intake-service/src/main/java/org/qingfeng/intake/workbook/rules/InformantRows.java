package org.qingfeng.intake.workbook.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.qingfeng.contracts.intake.InformantStatus;
import org.qingfeng.intake.informant.rules.AppointmentDraft;
import org.qingfeng.intake.informant.rules.AppointmentRules;
import org.qingfeng.intake.informant.rules.StatedInformant;
import org.qingfeng.intake.network.rules.NetworkView;
import org.qingfeng.intake.rules.RulesViolated;
import org.qingfeng.intake.rules.Violation;

/**
 * The 信息员 sheet read and checked row by row with the same rules as {@code POST /api/informants},
 * against the registry as it will be once the file's nodes are in, and for numbers that appear twice.
 */
public final class InformantRows {

    private InformantRows() {}

    /** One row: the appointment it states and the status it gives. */
    public record Row(int number, AppointmentDraft draft, InformantStatus status) {}

    public record Read(List<Row> rows, List<Violation> problems) {}

    public static Read read(List<SheetRow> rows) {
        List<Row> read = new ArrayList<>();
        List<Violation> problems = new ArrayList<>();
        for (SheetRow row : rows) {
            String sheet = Sheets.INFORMANTS;
            AppointmentDraft draft = new AppointmentDraft(
                    row.cell("编号"),
                    row.cell("姓名"),
                    row.cell("手机"),
                    row.cell("电子邮箱"),
                    row.cell("身份证号"),
                    row.cell("所属节点代码"),
                    row.cell("聘任单位代码"),
                    Cells.label(sheet, row, "类型", Labels.TYPES, problems),
                    Cells.labels(sheet, row, "特邀身份", Labels.BACKGROUNDS, problems),
                    Cells.labels(sheet, row, "兼任角色", Labels.ROLES, problems),
                    Cells.date(sheet, row, "聘任日期", problems));
            InformantStatus status = Cells.label(sheet, row, "状态", Labels.STATUSES, problems);
            read.add(new Row(row.number(), draft, Objects.requireNonNullElse(status, InformantStatus.ACTIVE)));
        }
        return new Read(read, problems);
    }

    /** Every row checked; the stated informants, or the violations of every row named by their cells. */
    public static List<StatedInformant> check(
            List<Row> rows, NetworkView network, LocalDate today, List<Violation> out) {
        List<StatedInformant> stated = new ArrayList<>();
        Map<String, Integer> firstRowOfNumber = new HashMap<>();
        for (Row row : rows) {
            try {
                StatedInformant informant =
                        new StatedInformant(AppointmentRules.check(row.draft(), network, today), row.status());
                Integer first = firstRowOfNumber.putIfAbsent(
                        informant.appointment().identity().number(), row.number());
                if (first != null) {
                    out.add(new Violation(
                            Sheets.cell(Sheets.INFORMANTS, row.number(), "编号"),
                            "与第" + first + "行编号重复 / the same number as row " + first));
                }
                stated.add(informant);
            } catch (RulesViolated e) {
                e.violations().forEach(v -> out.add(toCell(row.number(), v)));
            }
        }
        return stated;
    }

    private static Violation toCell(int row, Violation violation) {
        String column = Sheets.titleOf(Sheets.INFORMANT_COLUMNS, violation.field());
        return new Violation(Sheets.cell(Sheets.INFORMANTS, row, column), violation.message());
    }
}
