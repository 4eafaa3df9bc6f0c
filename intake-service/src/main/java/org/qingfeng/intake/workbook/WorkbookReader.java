package org.qingfeng.intake.workbook;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.qingfeng.intake.rules.RulesViolated;
import org.qingfeng.intake.rules.Violation;
import org.qingfeng.intake.workbook.rules.SheetRow;
import org.qingfeng.intake.workbook.rules.Sheets;

/**
 * Reads the two sheets of a registry workbook into rows of text by column title. Cells read as they
 * show (a phone typed as a number reads as its digits), dates as {@code yyyy-MM-dd}, formulas as
 * their last computed value; blank rows are skipped. A sheet may be absent (a file of nodes only),
 * but a sheet that is there needs its required columns.
 */
final class WorkbookReader {

    private final int maxRows;

    WorkbookReader(int maxRows) {
        this.maxRows = maxRows;
    }

    /** The rows of each sheet by sheet name; {@link WorkbookRefused} or {@link RulesViolated} otherwise. */
    Map<String, List<SheetRow>> read(InputStream in) {
        return open(in, this::sheets);
    }

    /** The rows of one sheet, which must be there with its required columns; as {@link #read(InputStream)} otherwise. */
    List<SheetRow> read(InputStream in, String sheetName, List<Sheets.Column> columns) {
        return open(in, workbook -> {
            Sheet sheet = workbook.getSheet(sheetName);
            if (sheet == null) {
                throw new RulesViolated(List.of(new Violation(
                        sheetName, "缺少“" + sheetName + "”工作表，请使用模板 / the sheet is missing: use the template")));
            }
            List<Violation> problems = new ArrayList<>();
            List<SheetRow> rows = rows(sheet, columns, problems);
            if (!problems.isEmpty()) {
                throw new RulesViolated(problems);
            }
            return rows;
        });
    }

    private <T> T open(InputStream in, Function<XSSFWorkbook, T> reading) {
        InputStream buffered = new BufferedInputStream(in);
        try {
            if (FileMagic.valueOf(buffered) != FileMagic.OOXML) {
                throw WorkbookRefused.notXlsx();
            }
        } catch (IOException e) {
            throw WorkbookRefused.unreadable();
        }
        try (XSSFWorkbook workbook = new XSSFWorkbook(buffered)) {
            return reading.apply(workbook);
        } catch (IOException | RuntimeException e) {
            if (e instanceof RulesViolated violated) {
                throw violated;
            }
            throw WorkbookRefused.unreadable();
        }
    }

    private Map<String, List<SheetRow>> sheets(XSSFWorkbook workbook) {
        List<Violation> problems = new ArrayList<>();
        Map<String, List<SheetRow>> sheets = new LinkedHashMap<>();
        Sheet nodes = workbook.getSheet(Sheets.NODES);
        Sheet informants = workbook.getSheet(Sheets.INFORMANTS);
        if (nodes == null && informants == null) {
            problems.add(
                    new Violation(Sheets.NODES, "缺少“网络节点”和“信息员”工作表，请使用模板 / neither sheet is there: use the template"));
        }
        if (nodes != null) {
            sheets.put(Sheets.NODES, rows(nodes, Sheets.NODE_COLUMNS, problems));
        }
        if (informants != null) {
            sheets.put(Sheets.INFORMANTS, rows(informants, Sheets.INFORMANT_COLUMNS, problems));
        }
        if (!problems.isEmpty()) {
            throw new RulesViolated(problems);
        }
        return sheets;
    }

    private List<SheetRow> rows(Sheet sheet, List<Sheets.Column> columns, List<Violation> problems) {
        String name = sheet.getSheetName();
        if (sheet.getLastRowNum() > maxRows) {
            problems.add(new Violation(
                    name, "数据行不能超过 " + maxRows + " 行，请分批导入 / at most " + maxRows + " rows: import in parts"));
            return List.of();
        }
        Map<Integer, String> titles = titles(sheet.getRow(sheet.getFirstRowNum()));
        int before = problems.size();
        for (Sheets.Column column : columns) {
            if (column.required() && !titles.containsValue(column.title())) {
                problems.add(new Violation(
                        Sheets.cell(name, 1, column.title()), "缺少此列，请使用模板 / this column is missing: use the template"));
            }
        }
        if (problems.size() > before) {
            return List.of();
        }
        List<SheetRow> rows = new ArrayList<>();
        for (int index = sheet.getFirstRowNum() + 1; index <= sheet.getLastRowNum(); index++) {
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
