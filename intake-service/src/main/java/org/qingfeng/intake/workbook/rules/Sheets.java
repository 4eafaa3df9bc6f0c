package org.qingfeng.intake.workbook.rules;

import java.util.List;

/**
 * The sheets and columns of the registry workbook, in the order they are written, each column with
 * the field of the JSON API it fills (so a rule's violation names the right cell).
 */
public final class Sheets {

    public static final String NODES = "网络节点";
    public static final String INFORMANTS = "信息员";
    public static final String INSTRUCTIONS = "说明";

    public static final List<Column> NODE_COLUMNS = List.of(
            new Column("代码", "code", true),
            new Column("类型", "kind", true),
            new Column("名称", "name", true),
            new Column("上级代码", "parentCode", true),
            new Column("主管部门代码", "competentDepartmentCode", false),
            new Column("监测点类别", "host", false),
            new Column("联系岗位", "contactRoles", false),
            new Column("说明", "description", false),
            new Column("在用", "active", false));

    public static final List<Column> INFORMANT_COLUMNS = List.of(
            new Column("编号", "number", true),
            new Column("姓名", "name", true),
            new Column("手机", "phone", true),
            new Column("电子邮箱", "email", false),
            new Column("身份证号", "idNumber", false),
            new Column("所属节点代码", "homeNodeCode", true),
            new Column("聘任单位代码", "appointedByCode", true),
            new Column("类型", "type", true),
            new Column("特邀身份", "backgrounds", false),
            new Column("兼任角色", "roles", false),
            new Column("聘任日期", "appointedOn", true),
            new Column("状态", "status", false));

    /** The informants as exported: under the token, without a single identity column. */
    public static final List<String> EXPORTED_INFORMANT_COLUMNS =
            List.of("信息员令牌", "所属节点代码", "聘任单位代码", "类型", "特邀身份", "兼任角色", "状态", "聘任日期");

    private Sheets() {}

    /**
     * @param title the column title in the sheet's first row
     * @param field the field of the JSON API the column fills
     * @param required whether the column must be there
     */
    public record Column(String title, String field, boolean required) {}

    /** The column title of an API field in a sheet, or the field itself when no column fills it. */
    public static String titleOf(List<Column> columns, String field) {
        return columns.stream()
                .filter(c -> c.field().equals(field))
                .map(Column::title)
                .findFirst()
                .orElse(field);
    }

    /** Where an error sits, as staff find it: {@code 信息员 第12行 手机}. */
    public static String cell(String sheet, int row, String column) {
        return sheet + " 第" + row + "行" + (column.isEmpty() ? "" : " " + column);
    }
}
