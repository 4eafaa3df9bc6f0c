package org.qingfeng.analysis.register;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.qingfeng.analysis.register.RiskPointFixtures.anyPoint;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.qingfeng.analysis.register.rules.Ledger;
import org.qingfeng.analysis.register.rules.PointRules;
import org.qingfeng.analysis.register.rules.RiskPoint;
import org.qingfeng.analysis.register.rules.Standing;
import org.qingfeng.analysis.rules.RulesViolated;
import org.qingfeng.analysis.rules.Violation;
import org.qingfeng.contracts.analysis.RiskLevel;

class RegisterWorkbookTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 20);

    @Test
    void anExportedPointReadsBackAsTheSamePoint() {
        RiskPoint post = anyPoint("330281-D03-P01", "330281-D03", RiskLevel.A);
        RiskPoint unit = new RiskPoint(
                "330281-D03-P02",
                "330281-D03",
                null,
                "“三重一大”事项未经集体决策",
                post.category(),
                RiskLevel.B,
                "严格执行议事规则",
                "主要负责人",
                "局长",
                null,
                null,
                List.of(),
                true);
        byte[] file = RegisterWorkbook.write(List.of(
                Ledger.cells(1, post, "D03 局", Standing.nextSelfCheckOn(post, TODAY)),
                Ledger.cells(2, unit, "D03 局", Standing.nextSelfCheckOn(unit, TODAY))));

        List<RegisterWorkbook.SheetRow> rows = RegisterWorkbook.read(new ByteArrayInputStream(file), 100);

        assertThat(rows).extracting(RegisterWorkbook.SheetRow::number).containsExactly(2, 3);
        List<RiskPoint> read = rows.stream()
                .map(row -> PointRules.check(
                                Ledger.draft(row.cells()),
                                null,
                                new PointRules.Context(
                                        TODAY, Set.of("330281-D03")::contains, Ledger.cellsOf(row.number())))
                        .point())
                .toList();
        assertThat(read).containsExactly(post, unit);
    }

    @Test
    void theTemplateHasTheLedgerFrozenWithDropDownsAndExplainsEveryColumn() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(RegisterWorkbook.template()))) {
            XSSFSheet ledger = workbook.getSheet("风险点台账");
            Sheet instructions = workbook.getSheet("说明");

            assertThat(ledger.getPaneInformation().isFreezePane()).isTrue();
            assertThat(ledger.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) 1);
            assertThat(ledger.getRow(0).getCell(7).getStringCellValue()).isEqualTo("风险等级");
            assertThat(ledger.getDataValidations())
                    .extracting(v -> List.of(v.getValidationConstraint().getExplicitListValues()))
                    .contains(List.of("A", "B", "C"), List.of("思想道德", "岗位职责", "业务流程", "制度机制", "外部环境"));
            StringBuilder text = new StringBuilder();
            instructions.forEach(
                    row -> text.append(row.getCell(0).getStringCellValue()).append('\n'));
            assertThat(text).contains(Ledger.titles().stream().map(t -> t + "：").toArray(String[]::new));
        }
    }

    @Test
    void namesTheCellsOfAWrongRow() {
        RiskPoint point = anyPoint("330281-D03-P01", "330281-D03", RiskLevel.A);
        List<String> cells = new java.util.ArrayList<>(Ledger.cells(1, point, "", TODAY));
        cells.set(Ledger.indexOf("level"), "D");
        byte[] file = RegisterWorkbook.write(List.of(Ledger.cells(1, point, "", TODAY), cells));

        RegisterWorkbook.SheetRow wrong =
                RegisterWorkbook.read(new ByteArrayInputStream(file), 100).get(1);
        List<Violation> violations = PointRules.check(
                        Ledger.draft(wrong.cells()),
                        null,
                        new PointRules.Context(TODAY, code -> true, Ledger.cellsOf(wrong.number())))
                .violations();

        assertThat(violations).extracting(Violation::field).containsExactly("风险点台账 第3行 风险等级");
    }

    @Test
    void refusesASheetWithoutItsRequiredColumns() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            workbook.createSheet("风险点台账").createRow(0).createCell(0).setCellValue("编号");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);

            assertThatThrownBy(() -> RegisterWorkbook.read(new ByteArrayInputStream(out.toByteArray()), 100))
                    .isInstanceOfSatisfying(RulesViolated.class, e -> assertThat(e.violations())
                            .extracting(Violation::field)
                            .contains("风险点台账 第1行 单位代码", "风险点台账 第1行 风险等级"));
        }
    }
}
