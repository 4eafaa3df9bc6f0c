package org.qingfeng.intake.workbook.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.qingfeng.contracts.intake.NodeKind;
import org.qingfeng.intake.network.rules.NetworkNode;
import org.qingfeng.intake.network.rules.NodeDraft;
import org.qingfeng.intake.rules.Violation;

/** The 网络节点 sheet read into node drafts, each remembering its row. */
public final class NodeRows {

    private static final Pattern BATCH_FIELD = Pattern.compile("\\[(\\d+)](?:\\.(\\w+))?");

    private NodeRows() {}

    /**
     * @param drafts one per row, in order
     * @param rowNumbers the spreadsheet row of each draft
     * @param problems cells that did not read (an unknown kind, a 在用 that is neither 是 nor 否)
     */
    public record Read(List<NodeDraft> drafts, List<Integer> rowNumbers, List<Violation> problems) {

        /** The drafts that could become nodes, without checking the tree: to check informants against. */
        public List<NetworkNode> roughNodes() {
            return drafts.stream()
                    .filter(d -> d.code() != null && d.kind() != null && d.name() != null)
                    .map(d -> new NetworkNode(
                            d.code(),
                            d.kind(),
                            d.name(),
                            d.parentCode(),
                            d.competentDepartmentCode(),
                            d.active() == null || d.active()))
                    .toList();
        }
    }

    public static Read read(List<SheetRow> rows) {
        List<NodeDraft> drafts = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        List<Violation> problems = new ArrayList<>();
        for (SheetRow row : rows) {
            NodeKind kind = Cells.label(Sheets.NODES, row, "类型", Labels.KINDS, problems);
            drafts.add(new NodeDraft(
                    row.cell("代码"),
                    kind,
                    row.cell("名称"),
                    row.cell("上级代码"),
                    row.cell("主管部门代码"),
                    Cells.yesNo(Sheets.NODES, row, "在用", problems),
                    Cells.label(Sheets.NODES, row, "监测点类别", Labels.HOSTS, problems),
                    Cells.split(row.cell("联系岗位")),
                    row.cell("说明")));
            numbers.add(row.number());
        }
        return new Read(drafts, numbers, problems);
    }

    /** A registry violation such as {@code [4].parentCode} as the cell it is about: {@code 网络节点 第6行 上级代码}. */
    public static Violation toCell(Violation violation, List<Integer> rowNumbers) {
        Matcher m = BATCH_FIELD.matcher(violation.field());
        if (!m.matches()) {
            return new Violation(Sheets.NODES, violation.message());
        }
        int row = rowNumbers.get(Integer.parseInt(m.group(1)));
        @Nullable String field = m.group(2);
        String column = field == null ? "" : Sheets.titleOf(Sheets.NODE_COLUMNS, field);
        return new Violation(Sheets.cell(Sheets.NODES, row, column), violation.message());
    }
}
