package org.qingfeng.analysis.register;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.qingfeng.analysis.register.rules.Labels;
import org.qingfeng.analysis.register.rules.Ledger;
import org.qingfeng.analysis.rules.RulesViolated;
import org.qingfeng.analysis.rules.Violation;

/**
 * The ledger as an .xlsx workbook, the way intake writes and reads the registry's: a 说明 sheet, then
 * 风险点台账 with bold titles, the title row frozen, every column text (codes keep their digits) and
 * drop-down lists for category, level and leader level. Reading takes cells as they show, dates as
 * {@code yyyy-MM-dd}, and skips blank rows.
 */
final class RegisterWorkbook {

    private static final int LAST_ROW = 20_000;

    private RegisterWorkbook() {}

    /** One data row, its cells by column title; {@code number} as the spreadsheet shows it. */
    record SheetRow(int number, Map<String, String> cells) {}

    static byte[] template() {
        return write(List.of());
    }

    /** The workbook with these rows of cells, in {@link Ledger#COLUMNS}' order. */
    static byte[] write(List<List<String>> rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet instructions = workbook.createSheet(Ledger.INSTRUCTIONS);
            List<String> lines = Ledger.instructions();
            for (int i = 0; i < lines.size(); i++) {
                instructions.createRow(i).createCell(0).setCellValue(lines.get(i));
            }
            instructions.setColumnWidth(0, 120 * 256);
            Sheet ledger = ledger(workbook);
            for (int r = 0; r < rows.size(); r++) {
                Row row = ledger.createRow(r + 1);
                List<String> cells = rows.get(r);
                for (int c = 0; c < cells.size(); c++) {
                    row.createCell(c).setCellValue(cells.get(c));
                }
            }
            workbook.setActiveSheet(1);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Sheet ledger(XSSFWorkbook workbook) {
        Sheet sheet = workbook.createSheet(Ledger.SHEET);
        CellStyle text = workbook.createCellStyle();
        text.setDataFormat(workbook.createDataFormat().getFormat("@"));
        CellStyle bold = workbook.createCellStyle();
        Font font = workbook.createFont();
        font.setBold(true);
        bold.setFont(font);
        List<String> titles = Ledger.titles();
        Row header = sheet.createRow(0);
        for (int i = 0; i < titles.size(); i++) {
            header.createCell(i).setCellValue(titles.get(i));
            header.getCell(i).setCellStyle(bold);
            sheet.setDefaultColumnStyle(i, text);
            sheet.setColumnWidth(i, 18 * 256);
        }
        sheet.createFreezePane(0, 1);
        dropDown(sheet, Ledger.indexOf("category"), Labels.categoryLabels());
        dropDown(sheet, Ledger.indexOf("level"), List.of("A", "B", "C"));
        dropDown(sheet, Ledger.indexOf("leaderLevel"), Labels.LEADER_LEVELS);
        return sheet;
    }

    private static void dropDown(Sheet sheet, int column, List<String> values) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        sheet.addValidationData(helper.createValidation(
                helper.createExplicitListConstraint(values.toArray(String[]::new)),
                new CellRangeAddressList(1, LAST_ROW, column, column)));
    }

    /** The ledger sheet's rows; {@link WorkbookRefused} or {@link RulesViolated} when it cannot be. */
    static List<SheetRow> read(InputStream in, int maxRows) {
        InputStream buffered = new BufferedInputStream(in);
        try {
            if (FileMagic.valueOf(buffered) != FileMagic.OOXML) {
                throw WorkbookRefused.notXlsx();
            }
        } catch (IOException e) {
            throw WorkbookRefused.unreadable();
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook(buffered)) {
            return rows(workbook, maxRows);
        } catch (IOException | RuntimeException e) {
            if (e instanceof RulesViolated violated) {
                throw violated;
            }
            throw WorkbookRefused.unreadable();
        }
    }

    private static List<SheetRow> rows(XSSFWorkbook workbook, int maxRows) {
        Sheet sheet = workbook.getSheet(Ledger.SHEET);
        if (sheet == null) {
            throw RulesViolated.of(
                    Ledger.SHEET, "缺少“" + Ledger.SHEET + "”工作表，请使用模板 / the sheet is missing: use the template");
        }
        if (sheet.getLastRowNum() > maxRows) {
            throw RulesViolated.of(
                    Ledger.SHEET, "数据行不能超过 " + maxRows + " 行，请分批导入 / at most " + maxRows + " rows: import in parts");
        }
        Map<Integer, String> titles = titles(sheet.getRow(0));
        List<Violation> missing = Ledger.COLUMNS.stream()
                .filter(c -> c.required() && !titles.containsValue(c.title()))
                .map(c -> new Violation(
                        Ledger.cell(1, c.title()), "缺少此列，请使用模板 / this column is missing: use the template"))
                .toList();
        if (!missing.isEmpty()) {
            throw new RulesViolated(missing);
        }
        List<SheetRow> rows = new ArrayList<>();
        for (int index = 1; index <= sheet.getLastRowNum(); index++) {
            Map<String, String> cells = cells(sheet.getRow(index), titles);
            if (!cells.isEmpty()) {
                rows.add(new SheetRow(index + 1, cells));
            }
        }
        return rows;
    }

    private static Map<Integer, String> titles(@Nullable Row row) {
        Map<Integer, String> titles = new HashMap<>();
        if (row != null) {
            row.forEach(cell -> {
                String title = text(cell).strip();
                if (!title.isEmpty()) {
                    titles.put(cell.getColumnIndex(), title);
                }
            });
        }
        return titles;
    }

    /** The row's non-empty cells by title; a row holding only its 序号 counts as blank. */
    private static Map<String, String> cells(@Nullable Row row, Map<Integer, String> titles) {
        Map<String, String> cells = new HashMap<>();
        if (row == null) {
            return cells;
        }
        titles.forEach((index, title) -> {
            Cell cell = row.getCell(index);
            String text = cell == null ? "" : text(cell).strip();
            if (!text.isEmpty()) {
                cells.put(title, text);
            }
        });
        if (cells.size() == 1 && cells.containsKey(Ledger.COLUMNS.get(0).title())) {
            cells.clear();
        }
        return cells;
    }

    private static String text(Cell cell) {
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
            return cell.getLocalDateTimeCellValue().toLocalDate().toString();
        }
        DataFormatter formatter = new DataFormatter();
        formatter.setUseCachedValuesForFormulaCells(true);
        return formatter.formatCellValue(cell);
    }
}
