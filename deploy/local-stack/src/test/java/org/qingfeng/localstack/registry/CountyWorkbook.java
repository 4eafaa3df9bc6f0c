package org.qingfeng.localstack.registry;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A whole county in one registry workbook, as a network manager would fill intake's template: a work
 * station, {@code townships} townships of {@code villagesPerTownship} villages each, one informant per
 * township appointed by the work station and the rest in the villages, appointed by their township.
 * Names and phone numbers are generated; none belongs to anyone.
 */
record CountyWorkbook(String county, int townships, int villagesPerTownship, int informants) {

    private static final List<String> NODE_HEADER =
            List.of("代码", "类型", "名称", "上级代码", "主管部门代码", "监测点类别", "联系岗位", "说明", "在用");
    private static final List<String> INFORMANT_HEADER =
            List.of("编号", "姓名", "手机", "电子邮箱", "身份证号", "所属节点代码", "聘任单位代码", "类型", "特邀身份", "兼任角色", "聘任日期", "状态");
    private static final String SURNAMES = "赵钱孙李周吴郑王冯陈褚卫蒋沈韩杨朱秦尤许何吕施张孔曹严华金魏陶姜";
    private static final String GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰涛明超兰霞平刚桂英华建国志红梅玉";

    int nodeCount() {
        return 2 + townships + townships * villagesPerTownship;
    }

    String workStation() {
        return county + "-WS";
    }

    byte[] bytes() {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            writeNodes(workbook.createSheet("网络节点"));
            writeInformants(workbook.createSheet("信息员"));
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void writeNodes(Sheet sheet) {
        row(sheet, NODE_HEADER);
        row(sheet, List.of(county, "县（市）", "系统测试县" + county, "", "", "", "", "", "是"));
        row(sheet, List.of(workStation(), "工作站", "预警信息工作站", county, "", "", "", "", "是"));
        for (int t = 1; t <= townships; t++) {
            String township = township(t);
            row(sheet, List.of(township, "乡镇（街道）", "第" + t + "镇", workStation(), "", "", "纪委书记、纪检干事", "", "是"));
            for (int v = 1; v <= villagesPerTownship; v++) {
                row(sheet, List.of(village(t, v), "村（社区）", "第" + t + "镇第" + v + "村", township, "", "", "", "", "是"));
            }
        }
    }

    private void writeInformants(Sheet sheet) {
        row(sheet, INFORMANT_HEADER);
        for (int i = 0; i < informants; i++) {
            int t = i % townships + 1;
            boolean townshipInformant = i < townships;
            String home = townshipInformant ? township(t) : village(t, (i / townships) % villagesPerTownship + 1);
            String appointer = townshipInformant ? workStation() : township(t);
            row(
                    sheet,
                    List.of(
                            county + "-" + String.format("%05d", i + 1),
                            name(i),
                            String.format("1390%07d", i + 1),
                            "",
                            "",
                            home,
                            appointer,
                            "普通",
                            "",
                            "廉政预警信息员",
                            "2026-03-01",
                            "在任"));
        }
    }

    private String township(int t) {
        return county + "-" + (100 + t);
    }

    private String village(int t, int v) {
        return township(t) + "-" + String.format("%03d", v);
    }

    private static String name(int i) {
        return "" + SURNAMES.charAt(i % SURNAMES.length())
                + GIVEN.charAt((i / SURNAMES.length()) % GIVEN.length())
                + GIVEN.charAt((i / 7) % GIVEN.length());
    }

    private static void row(Sheet sheet, List<String> values) {
        Row row = sheet.createRow(sheet.getPhysicalNumberOfRows());
        for (int c = 0; c < values.size(); c++) {
            row.createCell(c).setCellValue(values.get(c));
        }
    }
}
