package org.qingfeng.analysis.register.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The ledger's layout (廉政风险点台账): the sheet, its columns in order with the API field each fills
 * and what may be written in it, and a row's cells to and from a point. Computed columns (序号, 单位名称,
 * 下次自查日期) are written and ignored on import, so an exported file imports unchanged.
 */
public final class Ledger {

    public static final String SHEET = "风险点台账";
    public static final String INSTRUCTIONS = "说明";

    /**
     * @param field the API field the column fills, null for a column that is only shown
     * @param required whether an imported sheet must have the column
     */
    public record Column(String title, @Nullable String field, boolean required, String explanation) {}

    public static final List<Column> COLUMNS = List.of(
            new Column("序号", null, false, "行号，仅供查看，导入时忽略 / row number, ignored on import"),
            new Column("编号", "riskPointId", true, "风险点编号，如 330281-D01-P03；新增风险点留空，系统按“单位代码-P序号”生成；填写已有编号即修改该风险点"),
            new Column("单位代码", "unitCode", true, "风险点所属单位（网络节点）代码，须在您的管辖范围内"),
            new Column("单位名称", null, false, "按单位代码显示，导入时忽略 / shown from the unit code, ignored on import"),
            new Column("岗位", "post", false, "岗位风险点填写岗位名称；单位（科室）风险点留空；不超过 " + PointRules.MAX_POST + " 字"),
            new Column("风险点描述", "description", true, "必填，不超过 " + PointRules.MAX_DESCRIPTION + " 字"),
            new Column("风险类别", "category", true, "必填，可填：" + String.join("、", Labels.categoryLabels())),
            new Column("风险等级", "level", true, "必填，A（高，可能受到法律追究）、B（中，可能受到党纪政纪处分）、C（低，可能受到诫勉谈话教育）；也可写 高/中/低 或 一级/二级/三级"),
            new Column("防控措施", "measures", true, "必填，不超过 " + PointRules.MAX_MEASURES + " 字"),
            new Column(
                    "责任领导层级",
                    "leaderLevel",
                    true,
                    "必填，可填：" + String.join("、", Labels.LEADER_LEVELS) + "（A 级一般由主要负责人负责，B 级由分管领导负责，C 级由中层（股室）负责人负责）"),
            new Column("责任领导", "responsibleLeader", true, "必填，填写职务（如 分管副局长），不填人名；不超过 " + PointRules.MAX_LEADER + " 字"),
            new Column("任现职时间", "holderSince", false, "岗位现任人员任职日期，如 2020-06-01；A 级岗位任职满五年应轮岗"),
            new Column("最近自查日期", "lastSelfCheckOn", false, "如 2026-01-15；留空则保留系统中已有的自查记录"),
            new Column("下次自查日期", null, false, "A 级每半年、B 级和 C 级每年自查一次，系统计算，导入时忽略"),
            new Column(
                    "关键词",
                    "keywords",
                    false,
                    "用“、”或“，”分隔，最多 " + PointRules.MAX_KEYWORDS + " 个，每个不超过 " + PointRules.MAX_KEYWORD
                            + " 字；用于分流时提示相关风险点"));

    private Ledger() {}

    public static List<String> titles() {
        return COLUMNS.stream().map(Column::title).toList();
    }

    public static int indexOf(String field) {
        for (int i = 0; i < COLUMNS.size(); i++) {
            if (field.equals(COLUMNS.get(i).field())) {
                return i;
            }
        }
        throw new IllegalArgumentException(field);
    }

    /** Where an error sits, as staff find it: {@code 风险点台账 第5行 风险等级}. */
    public static String cell(int row, String title) {
        return SHEET + " 第" + row + "行" + (title.isEmpty() ? "" : " " + title);
    }

    /** The API field names of a row's violations as its cells. */
    public static Function<String, String> cellsOf(int row) {
        return field -> cell(
                row,
                COLUMNS.stream()
                        .filter(c -> field.equals(c.field()))
                        .map(Column::title)
                        .findFirst()
                        .orElse(field));
    }

    /** A row's cells, by column title, as the point's draft. */
    public static PointDraft draft(Map<String, String> cells) {
        Function<String, @Nullable String> cell =
                field -> cells.get(COLUMNS.get(indexOf(field)).title());
        String keywords = cell.apply("keywords");
        return new PointDraft(
                cell.apply("riskPointId"),
                cell.apply("unitCode"),
                cell.apply("post"),
                cell.apply("description"),
                cell.apply("category"),
                cell.apply("level"),
                cell.apply("measures"),
                cell.apply("leaderLevel"),
                cell.apply("responsibleLeader"),
                cell.apply("holderSince"),
                cell.apply("lastSelfCheckOn"),
                keywords == null ? List.of() : new ArrayList<>(Arrays.asList(keywords.split("[、,，;；\\s]+"))));
    }

    /** A point's row, in the columns' order. */
    public static List<String> cells(int number, RiskPoint p, String unitName, LocalDate nextSelfCheckOn) {
        return List.of(
                Integer.toString(number),
                p.riskPointId(),
                p.unitCode(),
                unitName,
                orEmpty(p.post()),
                p.description(),
                Labels.label(p.category()),
                p.level().name(),
                p.measures(),
                p.leaderLevel(),
                p.responsibleLeader(),
                orEmpty(p.holderSince()),
                orEmpty(p.lastSelfCheckOn()),
                nextSelfCheckOn.toString(),
                String.join("、", p.keywords()));
    }

    /** The 说明 sheet: how the ledger is filled in, then each column. */
    public static List<String> instructions() {
        List<String> lines = new ArrayList<>();
        lines.add("清风预警网 廉政风险点台账");
        lines.add("");
        lines.add("一、导入规则");
        lines.add("1. 整个文件全部通过校验才会导入；任何一行有误，全部不导入，并逐格列出错误（如“风险点台账 第5行 风险等级”）。");
        lines.add("2. 导出的文件可直接修改后导入；内容未变的风险点不会产生新版本。表中没有的风险点不会被撤销，撤销请在系统中操作。");
        lines.add("3. 第一行为列名，请勿修改；日期写作 2026-01-15；代码按文本填写。");
        lines.add("4. 责任领导只写职务，不写姓名、电话等个人信息。");
        lines.add("");
        lines.add("二、各列说明");
        COLUMNS.forEach(c -> lines.add(c.title() + "：" + c.explanation()));
        return lines;
    }

    private static String orEmpty(@Nullable Object value) {
        return value == null ? "" : value.toString();
    }
}
