package org.qingfeng.intake.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.qingfeng.intake.WorkbookFixtures;
import org.qingfeng.intake.rules.RulesViolated;
import org.qingfeng.intake.rules.Violation;
import org.qingfeng.intake.workbook.rules.SheetRow;
import org.qingfeng.intake.workbook.rules.Sheets;
import org.springframework.http.HttpStatus;

class WorkbookReaderTests {

    private final WorkbookReader reader = new WorkbookReader(20_000);

    @Test
    void readsBothSheetsByColumnTitleWithSpreadsheetRowNumbers() {
        byte[] file = WorkbookFixtures.county("WR1", 2, 3, 1).xlsx();

        Map<String, List<SheetRow>> sheets = reader.read(new ByteArrayInputStream(file));

        assertThat(sheets.get(Sheets.NODES)).hasSize(2 + 2 + 6);
        SheetRow first = sheets.get(Sheets.INFORMANTS).get(0);
        assertThat(first.number()).isEqualTo(2);
        assertThat(first.cell("所属节点代码")).isEqualTo("WR1-T01-V01");
        assertThat(first.cell("电子邮箱")).isNull();
    }

    @Test
    void theTemplateReadsAsTwoEmptySheets() {
        Map<String, List<SheetRow>> sheets = reader.read(new ByteArrayInputStream(WorkbookWriter.template()));

        assertThat(sheets).containsOnlyKeys(Sheets.NODES, Sheets.INFORMANTS);
        assertThat(sheets.values()).allSatisfy(rows -> assertThat(rows).isEmpty());
    }

    @Test
    void aMissingRequiredColumnIsNamedByItsTitle() {
        byte[] file = new WorkbookFixtures.Rows().xlsx();
        byte[] withoutPhone = WorkbookTestFiles.withoutColumn(file, Sheets.INFORMANTS, "手机");

        RulesViolated violated =
                catchThrowableOfType(RulesViolated.class, () -> reader.read(new ByteArrayInputStream(withoutPhone)));

        assertThat(violated.violations()).extracting(Violation::field).containsExactly("信息员 第1行 手机");
    }

    @Test
    void tooManyRowsIsRefusedBeforeAnyRowIsRead() {
        byte[] file = WorkbookFixtures.county("WR2", 1, 6, 0).xlsx();

        RulesViolated violated = catchThrowableOfType(
                RulesViolated.class, () -> new WorkbookReader(5).read(new ByteArrayInputStream(file)));

        assertThat(violated.violations()).extracting(Violation::field).containsExactly(Sheets.NODES);
        assertThat(violated.violations().get(0).message()).startsWith("数据行不能超过 5 行");
    }

    @Test
    void aFileThatIsNotAnXlsxIsRefusedAsUnsupported() {
        byte[] csv = "代码,类型\n330281,县".getBytes(StandardCharsets.UTF_8);

        WorkbookRefused refused =
                catchThrowableOfType(WorkbookRefused.class, () -> reader.read(new ByteArrayInputStream(csv)));

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
    }

    @Test
    void aDamagedXlsxIsRefusedAsUnreadable() {
        byte[] file = WorkbookFixtures.county("WR3", 1, 1, 1).xlsx();
        byte[] truncated = Arrays.copyOf(file, file.length / 2);

        WorkbookRefused refused =
                catchThrowableOfType(WorkbookRefused.class, () -> reader.read(new ByteArrayInputStream(truncated)));

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    }
}
