package org.qingfeng.intake.workbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.qingfeng.contracts.intake.InformantRecorded;
import org.qingfeng.intake.network.rules.NetworkNode;
import org.qingfeng.intake.workbook.rules.Instructions;
import org.qingfeng.intake.workbook.rules.Labels;
import org.qingfeng.intake.workbook.rules.Sheets;

/**
 * Writes the template (instructions, and both sheets with their titles, text-formatted columns and
 * drop-down lists) and the export (the nodes, and the informants under their tokens only).
 */
final class WorkbookWriter {

    private static final int LAST_ROW = 20_000;

    private WorkbookWriter() {}

    static byte[] template() {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet instructions = workbook.createSheet(Sheets.INSTRUCTIONS);
            List<String> lines = Instructions.lines();
            for (int i = 0; i < lines.size(); i++) {
                instructions.createRow(i).createCell(0).setCellValue(lines.get(i));
            }
            instructions.setColumnWidth(0, 120 * 256);
            Sheet nodes = sheet(
                    workbook,
                    Sheets.NODES,
                    Sheets.NODE_COLUMNS.stream().map(Sheets.Column::title).toList());
            dropDown(nodes, 1, Labels.KINDS.labels());
            dropDown(nodes, 5, Labels.HOSTS.labels());
            dropDown(nodes, 8, List.of("是", "否"));
            Sheet informants = sheet(
                    workbook,
                    Sheets.INFORMANTS,
                    Sheets.INFORMANT_COLUMNS.stream().map(Sheets.Column::title).toList());
            dropDown(informants, 7, Labels.TYPES.labels());
            dropDown(informants, 11, Labels.STATUSES.labels());
            return bytes(workbook);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] export(List<NetworkNode> nodes, List<InformantRecorded> informants) {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Sheet nodeSheet = sheet(
                    workbook,
                    Sheets.NODES,
                    Sheets.NODE_COLUMNS.stream().map(Sheets.Column::title).toList());
            int row = 1;
            for (NetworkNode n : nodes) {
                write(
                        nodeSheet.createRow(row++),
                        List.of(
                                n.code(),
                                Labels.KINDS.label(n.kind()),
                                n.name(),
                                orEmpty(n.parentCode()),
                                orEmpty(n.competentDepartmentCode()),
                                n.host() == null ? "" : Labels.HOSTS.label(n.host()),
                                String.join("、", n.contactRoles()),
                                orEmpty(n.description()),
                                n.active() ? "是" : "否"));
            }
            Sheet informantSheet = sheet(workbook, Sheets.INFORMANTS, Sheets.EXPORTED_INFORMANT_COLUMNS);
            row = 1;
            for (InformantRecorded r : informants) {
                write(
                        informantSheet.createRow(row++),
                        List.of(
                                r.informantToken(),
                                r.homeNodeCode(),
                                r.appointedByCode(),
                                Labels.TYPES.label(r.type()),
                                r.backgrounds().stream()
                                        .map(Labels.BACKGROUNDS::label)
                                        .collect(Collectors.joining("、")),
                                r.roles().stream().map(Labels.ROLES::label).collect(Collectors.joining("、")),
                                Labels.STATUSES.label(r.status()),
                                r.appointedOn().toString()));
            }
            return bytes(workbook);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A sheet with bold titles whose every column is text, so codes and phone numbers keep their digits. */
    static Sheet sheet(XSSFWorkbook workbook, String name, List<String> titles) {
        Sheet sheet = workbook.createSheet(name);
        CellStyle text = workbook.createCellStyle();
        text.setDataFormat(workbook.createDataFormat().getFormat("@"));
        CellStyle bold = workbook.createCellStyle();
        Font font = workbook.createFont();
        font.setBold(true);
        bold.setFont(font);
        Row header = sheet.createRow(0);
        for (int i = 0; i < titles.size(); i++) {
            header.createCell(i).setCellValue(titles.get(i));
            header.getCell(i).setCellStyle(bold);
            sheet.setDefaultColumnStyle(i, text);
            sheet.setColumnWidth(i, 18 * 256);
        }
        sheet.createFreezePane(0, 1);
        return sheet;
    }

    static void dropDown(Sheet sheet, int column, List<String> values) {
        DataValidationHelper helper = sheet.getDataValidationHelper();
        sheet.addValidationData(helper.createValidation(
                helper.createExplicitListConstraint(values.toArray(String[]::new)),
                new CellRangeAddressList(1, LAST_ROW, column, column)));
    }

    static void write(Row row, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            row.createCell(i).setCellValue(values.get(i));
        }
    }

    private static String orEmpty(@Nullable String value) {
        return value == null ? "" : value;
    }

    static byte[] bytes(XSSFWorkbook workbook) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbook.write(out);
        return out.toByteArray();
    }
}
