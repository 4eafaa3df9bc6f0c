package org.qingfeng.intake;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.qingfeng.intake.workbook.rules.Sheets;

/** Registry workbooks made with POI, as staff would fill in the template. */
public final class WorkbookFixtures {

    private static final String SURNAMES = "王李张刘陈杨赵黄周吴";

    private WorkbookFixtures() {}

    /** A county with its work station, {@code townships × villages} and that many informants per village. */
    public static Rows county(String county, int townships, int villages, int informantsPerVillage) {
        Rows rows = new Rows();
        rows.node(county, "县（市）", "清溪县", "");
        rows.node(county + "-WS", "工作站", "清溪县预警信息工作站", county);
        int serial = 0;
        for (int t = 1; t <= townships; t++) {
            String township = county + "-T" + two(t);
            rows.node(township, "乡镇（街道）", "清溪" + two(t) + "镇", county + "-WS");
            for (int v = 1; v <= villages; v++) {
                String village = township + "-V" + two(v);
                rows.node(village, "村（社区）", "清溪" + two(t) + "镇" + two(v) + "村", township);
                for (int i = 0; i < informantsPerVillage; i++) {
                    serial++;
                    rows.informant(
                            county + "-" + four(serial), nameOf(serial), phoneOf(county, serial), village, township);
                }
            }
        }
        return rows;
    }

    /** A Chinese name of a surname and two given characters that no fixture node name uses. */
    public static String nameOf(int serial) {
        return SURNAMES.charAt(serial % SURNAMES.length()) + InformantFixtures.given(serial / SURNAMES.length());
    }

    public static String phoneOf(String county, int serial) {
        return "13" + Math.floorMod(county.hashCode(), 10) + String.format("%08d", serial);
    }

    /** The rows of both sheets, written under the template's titles. */
    public static final class Rows {

        private final List<List<String>> nodes = new ArrayList<>();
        private final List<List<String>> informants = new ArrayList<>();

        public Rows node(String code, String kind, String name, String parent) {
            nodes.add(List.of(code, kind, name, parent, "", "", "", "", "是"));
            return this;
        }

        public Rows nodeRow(List<String> cells) {
            nodes.add(cells);
            return this;
        }

        public Rows informant(String number, String name, String phone, String home, String appointedBy) {
            informants.add(
                    List.of(number, name, phone, "", "", home, appointedBy, "普通", "", "信访信息员", "2025-03-01", "在任"));
            return this;
        }

        public Rows informantRow(List<String> cells) {
            informants.add(cells);
            return this;
        }

        public List<List<String>> informants() {
            return informants;
        }

        public byte[] xlsx() {
            try (XSSFWorkbook workbook = new XSSFWorkbook()) {
                write(workbook.createSheet(Sheets.NODES), titles(Sheets.NODE_COLUMNS), nodes);
                write(workbook.createSheet(Sheets.INFORMANTS), titles(Sheets.INFORMANT_COLUMNS), informants);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                workbook.write(out);
                return out.toByteArray();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static List<String> titles(List<Sheets.Column> columns) {
            return columns.stream().map(Sheets.Column::title).toList();
        }

        private static void write(Sheet sheet, List<String> titles, List<List<String>> rows) {
            fill(sheet.createRow(0), titles);
            for (int i = 0; i < rows.size(); i++) {
                fill(sheet.createRow(i + 1), rows.get(i));
            }
        }

        private static void fill(Row row, List<String> cells) {
            for (int i = 0; i < cells.size(); i++) {
                if (!cells.get(i).isEmpty()) {
                    row.createCell(i).setCellValue(cells.get(i));
                }
            }
        }
    }

    private static String two(int n) {
        return String.format("%02d", n);
    }

    private static String four(int n) {
        return String.format("%04d", n);
    }
}
