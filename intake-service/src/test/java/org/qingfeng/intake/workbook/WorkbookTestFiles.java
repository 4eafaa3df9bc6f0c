package org.qingfeng.intake.workbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Edits of fixture workbooks that the template would not allow. */
final class WorkbookTestFiles {

    private WorkbookTestFiles() {}

    static byte[] withoutColumn(byte[] file, String sheet, String title) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            Row titles = workbook.getSheet(sheet).getRow(0);
            for (Cell cell : titles) {
                if (title.equals(cell.getStringCellValue())) {
                    titles.removeCell(cell);
                    break;
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
