package org.qingfeng.intake.workbook;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.qingfeng.intake.network.rules.NetworkNode;
import org.qingfeng.intake.submission.rules.SubjectArea;
import org.qingfeng.intake.workbook.rules.ItemInstructions;
import org.qingfeng.intake.workbook.rules.ItemRows;
import org.qingfeng.intake.workbook.rules.Labels;
import org.qingfeng.intake.workbook.rules.Sheets;

/**
 * Writes the monthly batch template: the 说明 sheet, the 预警信息 sheet with its titles, text columns
 * and drop-down lists, and a 代码表 of the regions the caller may report on and the units an item may
 * concern (codes and names only, as every node is published).
 */
final class BatchWorkbookWriter {

    private static final List<String> CODE_COLUMNS = List.of("代码", "名称", "类型", "用途");

    private BatchWorkbookWriter() {}

    static byte[] template(
            List<SubjectArea> catalogue, int maxRows, List<NetworkNode> regions, List<NetworkNode> units) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet instructions = workbook.createSheet(Sheets.INSTRUCTIONS);
            List<String> lines = ItemInstructions.lines(catalogue, maxRows);
            for (int i = 0; i < lines.size(); i++) {
                instructions.createRow(i).createCell(0).setCellValue(lines.get(i));
            }
            instructions.setColumnWidth(0, 120 * 256);
            Sheet items = WorkbookWriter.sheet(
                    workbook,
                    ItemRows.SHEET,
                    ItemRows.COLUMNS.stream().map(Sheets.Column::title).toList());
            WorkbookWriter.dropDown(
                    items, 2, catalogue.stream().map(SubjectArea::zh).toList());
            WorkbookWriter.dropDown(items, 3, Labels.RISKS.labels());
            WorkbookWriter.dropDown(items, 4, Labels.URGENCIES.labels());
            WorkbookWriter.dropDown(items, 5, Labels.SUBMITTERS.labels());
            items.setColumnWidth(7, 60 * 256);
            Sheet codes = WorkbookWriter.sheet(workbook, ItemRows.CODES, CODE_COLUMNS);
            int row = 1;
            for (NetworkNode node : regions) {
                WorkbookWriter.write(
                        codes.createRow(row++),
                        List.of(node.code(), node.name(), Labels.KINDS.label(node.kind()), "所属区域"));
            }
            for (NetworkNode node : units) {
                WorkbookWriter.write(
                        codes.createRow(row++),
                        List.of(node.code(), node.name(), Labels.KINDS.label(node.kind()), "涉及单位"));
            }
            return WorkbookWriter.bytes(workbook);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
