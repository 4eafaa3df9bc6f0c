package org.qingfeng.intake.workbook.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.qingfeng.contracts.intake.InformantRecorded.Role;
import org.qingfeng.contracts.intake.InformantStatus;
import org.qingfeng.contracts.intake.MonitoringHost;
import org.qingfeng.contracts.intake.NodeKind;
import org.qingfeng.intake.InformantFixtures;
import org.qingfeng.intake.NetworkFixtures;
import org.qingfeng.intake.informant.rules.StatedInformant;
import org.qingfeng.intake.network.rules.NodeDraft;
import org.qingfeng.intake.rules.Violation;

class WorkbookRowsTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 3);

    @Test
    void readsChineseLabelsListsAndYesNoIntoANodeDraft() {
        SheetRow row = row(
                2,
                Map.of(
                        "代码",
                        "330281-101-M09",
                        "类型",
                        "监测点",
                        "名称",
                        "镇中学监测点",
                        "上级代码",
                        "330281-101",
                        "监测点类别",
                        "学校",
                        "联系岗位",
                        "校长、纪检联络员，办公室主任",
                        "在用",
                        "否"));

        NodeRows.Read read = NodeRows.read(List.of(row));

        assertThat(read.problems()).isEmpty();
        NodeDraft draft = read.drafts().get(0);
        assertThat(draft.kind()).isEqualTo(NodeKind.MONITORING_POINT);
        assertThat(draft.host()).isEqualTo(MonitoringHost.SCHOOL);
        assertThat(draft.contactRoles()).containsExactly("校长", "纪检联络员", "办公室主任");
        assertThat(draft.active()).isFalse();
    }

    @Test
    void namesTheCellOfEveryWordThatIsNotAnOption() {
        SheetRow row = row(5, Map.of("代码", "x", "类型", "省", "名称", "某省", "在用", "也许"));

        assertThat(NodeRows.read(List.of(row)).problems())
                .extracting(Violation::field)
                .containsExactly("网络节点 第5行 类型", "网络节点 第5行 在用");
    }

    @Test
    void aRegistryViolationIsNamedByTheCellItIsAbout() {
        Violation cell =
                NodeRows.toCell(new Violation("[1].parentCode", "上级节点不存在 / no such parent node"), List.of(2, 7));

        assertThat(cell).isEqualTo(new Violation("网络节点 第7行 上级代码", "上级节点不存在 / no such parent node"));
    }

    @Test
    void informantRowsAreCheckedByTheAppointmentRulesAndNamedByCell() {
        List<SheetRow> rows = List.of(
                informant(2, "A-1", "13900000001", NetworkFixtures.VILLAGE, NetworkFixtures.TOWNSHIP, "2025-03-01"),
                informant(3, "A-2", "1390000", NetworkFixtures.VILLAGE, InformantFixtures.WORK_STATION, "2025/3/1"),
                informant(4, "a-1", "13900000003", NetworkFixtures.VILLAGE, NetworkFixtures.TOWNSHIP, "2025年3月1日"));
        List<Violation> errors = new ArrayList<>();

        InformantRows.Read read = InformantRows.read(rows);
        List<StatedInformant> stated = InformantRows.check(read.rows(), InformantFixtures.networkView(), TODAY, errors);

        assertThat(read.problems()).isEmpty();
        assertThat(errors).extracting(Violation::field).containsExactly("信息员 第3行 手机", "信息员 第3行 聘任单位代码", "信息员 第4行 编号");
        assertThat(errors.get(2).message()).startsWith("与第2行编号重复");
        assertThat(stated.get(0).appointment().roles()).containsExactly(Role.INTEGRITY, Role.PETITION);
        assertThat(stated.get(0).status()).isEqualTo(InformantStatus.ACTIVE);
    }

    @Test
    void aListCellThatIsNotAnOptionIsNamedWithoutEchoingItsText() {
        Map<String, String> cells = new HashMap<>(
                informant(6, "A-6", "13900000006", NetworkFixtures.VILLAGE, NetworkFixtures.TOWNSHIP, "2025-03-01")
                        .cells());
        cells.put("兼任角色", "信访信息员、13912345678");

        List<Violation> problems = InformantRows.read(List.of(row(6, cells))).problems();

        assertThat(problems).extracting(Violation::field).containsExactly("信息员 第6行 兼任角色");
        assertThat(problems.get(0).message()).startsWith("须为以下之一").doesNotContain("13912345678");
    }

    @Test
    void aDateThatDoesNotReadIsNamedByItsCell() {
        SheetRow row = informant(9, "A-9", "13900000009", NetworkFixtures.VILLAGE, NetworkFixtures.TOWNSHIP, "去年三月");

        assertThat(InformantRows.read(List.of(row)).problems())
                .extracting(Violation::field)
                .containsExactly("信息员 第9行 聘任日期");
    }

    private static SheetRow informant(int number, String no, String phone, String home, String by, String day) {
        Map<String, String> cells = new HashMap<>(Map.of(
                "编号", no, "姓名", "王伟", "手机", phone, "所属节点代码", home, "聘任单位代码", by, "类型", "普通", "兼任角色", "信访信息员", "聘任日期",
                day));
        return row(number, cells);
    }

    private static SheetRow row(int number, Map<String, String> cells) {
        return new SheetRow(number, cells);
    }
}
