package org.qingfeng.analysis.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.util.Units;
import org.apache.poi.xddf.usermodel.chart.AxisCrossBetween;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFPieChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFChart;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFRun.FontCharRange;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.qingfeng.analysis.report.rules.Chart;
import org.qingfeng.analysis.report.rules.QuarterlyReport;
import org.qingfeng.analysis.report.rules.Table;
import org.qingfeng.analysis.report.rules.Texts;
import org.springframework.stereotype.Component;

/**
 * The report as a .docx (Apache POI): A4 with the margins of GB/T 9704 (top 37 mm, bottom 35 mm,
 * left 28 mm, right 26 mm), the title in the title font at 二号 (22 pt), headings in the heading font
 * and text in the body font at 三号 (16 pt) on a fixed 28 pt line, the tables as Word tables and two
 * native charts (bar: items by township; pie: items by subject area) whose data sit in the embedded
 * workbook, so Word and WPS can edit them. Every run names its font for the Latin ({@code ascii},
 * {@code hAnsi}) and the East-Asian ranges: a run that names only the Latin font falls back to the
 * reader's default Chinese font.
 */
@Component
class DocxReport {

    /** A4 in twentieths of a point. */
    private static final long A4_WIDTH = 11906;

    private static final long A4_HEIGHT = 16838;
    private static final double TWIPS_PER_MM = 1440 / 25.4;
    private static final int TITLE_SIZE = 22;
    private static final int TEXT_SIZE = 16;
    private static final int TABLE_SIZE = 12;

    private final ReportProperties.Fonts fonts;

    DocxReport(ReportProperties properties) {
        this.fonts = properties.fonts();
    }

    byte[] write(QuarterlyReport report) {
        try (XWPFDocument document = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            page(document);
            defaultFont(document);
            XWPFParagraph title = document.createParagraph();
            title.setAlignment(ParagraphAlignment.CENTER);
            title.setSpacingAfter(TEXT_SIZE * 20);
            styled(title.createRun(), report.title(), fonts.title(), TITLE_SIZE, false);
            Texts texts = report.printed();
            List<String> parts = List.of(texts.workDynamics(), texts.salientProblems(), texts.handlingStatus());
            for (int i = 0; i < parts.size(); i++) {
                heading(document, QuarterlyReport.PARTS.get(i));
                body(document, parts.get(i));
            }
            heading(document, QuarterlyReport.PARTS.get(3));
            for (int i = 0; i < report.tables().size(); i++) {
                table(document, i + 1, report.tables().get(i));
            }
            barChart(document, report.charts().get(0));
            pieChart(document, report.charts().get(1));
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InvalidFormatException e) {
            throw new IllegalStateException("the chart could not be embedded", e);
        }
    }

    private static void page(XWPFDocument document) {
        CTSectPr section = document.getDocument().getBody().addNewSectPr();
        CTPageSz size = section.addNewPgSz();
        size.setW(BigInteger.valueOf(A4_WIDTH));
        size.setH(BigInteger.valueOf(A4_HEIGHT));
        CTPageMar margins = section.addNewPgMar();
        margins.setTop(twips(37));
        margins.setBottom(twips(35));
        margins.setLeft(twips(28));
        margins.setRight(twips(26));
        margins.setHeader(twips(15));
        margins.setFooter(twips(28));
        margins.setGutter(BigInteger.ZERO);
    }

    private static BigInteger twips(double millimetres) {
        return BigInteger.valueOf(Math.round(millimetres * TWIPS_PER_MM));
    }

    /** The document's default run font, for text a reader adds. */
    private void defaultFont(XWPFDocument document) {
        CTFonts defaults = CTFonts.Factory.newInstance();
        defaults.setAscii(fonts.body());
        defaults.setHAnsi(fonts.body());
        defaults.setEastAsia(fonts.body());
        defaults.setCs(fonts.body());
        document.createStyles().setDefaultFonts(defaults);
    }

    private void heading(XWPFDocument document, String text) {
        XWPFParagraph heading = document.createParagraph();
        heading.setSpacingBetween(28, LineSpacingRule.EXACT);
        heading.setIndentationFirstLine(TEXT_SIZE * 2 * 20);
        heading.setKeepNext(true);
        styled(heading.createRun(), text, fonts.heading(), TEXT_SIZE, false);
    }

    private void body(XWPFDocument document, String text) {
        for (String line : text.split("\n", -1)) {
            XWPFParagraph paragraph = document.createParagraph();
            paragraph.setSpacingBetween(28, LineSpacingRule.EXACT);
            paragraph.setIndentationFirstLine(TEXT_SIZE * 2 * 20);
            paragraph.setAlignment(ParagraphAlignment.BOTH);
            styled(paragraph.createRun(), line, fonts.body(), TEXT_SIZE, false);
        }
    }

    private void table(XWPFDocument document, int number, Table table) {
        XWPFParagraph caption = document.createParagraph();
        caption.setAlignment(ParagraphAlignment.CENTER);
        caption.setKeepNext(true);
        caption.setSpacingBefore(120);
        styled(caption.createRun(), "表" + number + "　" + table.title(), fonts.heading(), TABLE_SIZE, false);
        XWPFTable grid =
                document.createTable(table.rows().size() + 1, table.columns().size());
        grid.setWidth("100%");
        for (int c = 0; c < table.columns().size(); c++) {
            cell(grid.getRow(0).getCell(c), table.columns().get(c), true);
        }
        for (int r = 0; r < table.rows().size(); r++) {
            List<String> row = table.rows().get(r);
            for (int c = 0; c < row.size(); c++) {
                cell(grid.getRow(r + 1).getCell(c), row.get(c), false);
            }
        }
    }

    private void cell(XWPFTableCell cell, String text, boolean header) {
        XWPFParagraph paragraph = cell.getParagraphs().get(0);
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        styled(paragraph.createRun(), text, header ? fonts.heading() : fonts.body(), TABLE_SIZE, false);
    }

    private void barChart(XWPFDocument document, Chart data) throws IOException, InvalidFormatException {
        XWPFChart chart = chart(document, data);
        XDDFCategoryAxis categories = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis values = chart.createValueAxis(AxisPosition.LEFT);
        values.setCrosses(AxisCrosses.AUTO_ZERO);
        values.setCrossBetween(AxisCrossBetween.BETWEEN);
        XDDFBarChartData bars = (XDDFBarChartData) chart.createData(ChartTypes.BAR, categories, values);
        bars.setBarDirection(BarDirection.COL);
        bars.setVaryColors(false);
        series(chart, bars, data);
        chart.plot(bars);
    }

    private void pieChart(XWPFDocument document, Chart data) throws IOException, InvalidFormatException {
        XWPFChart chart = chart(document, data);
        chart.getOrAddLegend().setPosition(LegendPosition.RIGHT);
        XDDFPieChartData pie = (XDDFPieChartData) chart.createData(ChartTypes.PIE, null, null);
        pie.setVaryColors(true);
        series(chart, pie, data);
        chart.plot(pie);
    }

    private XWPFChart chart(XWPFDocument document, Chart data) throws IOException, InvalidFormatException {
        XWPFParagraph caption = document.createParagraph();
        caption.setAlignment(ParagraphAlignment.CENTER);
        caption.setSpacingBefore(240);
        caption.setKeepNext(true);
        styled(caption.createRun(), data.title(), fonts.heading(), TABLE_SIZE, false);
        XWPFChart chart = document.createChart(Units.toEMU(430), Units.toEMU(260));
        chart.setTitleText(data.title());
        chart.setTitleOverlay(false);
        return chart;
    }

    /** One series whose categories and values are also written into the chart's embedded workbook. */
    private static void series(XWPFChart chart, XDDFChartData target, Chart data) {
        List<String> labels = data.labels().isEmpty() ? List.of("无数据") : data.labels();
        List<Long> values = data.values().isEmpty() ? List.of(0L) : data.values();
        int last = labels.size();
        XDDFDataSource<String> categories = XDDFDataSourcesFactory.fromArray(
                labels.toArray(String[]::new), chart.formatRange(new CellRangeAddress(1, last, 0, 0)), 0);
        XDDFNumericalDataSource<Double> numbers = XDDFDataSourcesFactory.fromArray(
                values.stream().map(Long::doubleValue).toArray(Double[]::new),
                chart.formatRange(new CellRangeAddress(1, last, 1, 1)),
                1);
        XDDFChartData.Series series = target.addSeries(categories, numbers);
        series.setTitle(data.series(), chart.setSheetTitle(data.series(), 1));
    }

    private static void styled(XWPFRun run, String text, String font, int points, boolean bold) {
        run.setText(text);
        run.setFontFamily(font, FontCharRange.ascii);
        run.setFontFamily(font, FontCharRange.hAnsi);
        run.setFontFamily(font, FontCharRange.eastAsia);
        run.setFontFamily(font, FontCharRange.cs);
        run.setFontSize(points);
        run.setBold(bold);
    }
}
