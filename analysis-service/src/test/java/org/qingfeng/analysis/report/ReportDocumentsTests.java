package org.qingfeng.analysis.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFPieChartData;
import org.apache.poi.xwpf.usermodel.XWPFChart;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.qingfeng.analysis.report.rules.QuarterlyReport;
import org.qingfeng.analysis.report.rules.Texts;

/**
 * The .docx re-opened with POI and the PDF rendered to PNG with PDFBox (the pages are left under
 * {@code target/report-png/} to look at): the four parts, the tables, the charts and the fonts.
 */
class ReportDocumentsTests {

    /** Debian's fonts-wqy-zenhei, which CI installs; the only CJK font file these tests look for. */
    static final String CJK_FONT = "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc";

    private static final ReportProperties PROPERTIES = properties(CJK_FONT + ",0");

    @Test
    void docxHasTheFourPartsTheTablesTwoNativeChartsAndEastAsianFonts() throws Exception {
        QuarterlyReport report = ReportFixtures.anyReport(null);

        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(new DocxReport(PROPERTIES).write(report)))) {
            List<String> paragraphs =
                    docx.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            assertThat(paragraphs.get(0)).isEqualTo("示范县纪委预警信息工作站2026年第四季度预警信息分析报告");
            assertThat(paragraphs).containsSubsequence(QuarterlyReport.PARTS);
            assertThat(paragraphs).anyMatch(p -> p.startsWith("表现："));
            assertThat(docx.getTables()).hasSize(report.tables().size());
            XWPFTable byTownship = docx.getTables().get(1);
            assertThat(byTownship.getRow(0).getCell(0).getText()).isEqualTo("乡镇（单位）");
            assertThat(byTownship.getRow(1).getCell(1).getText()).isEqualTo("14");

            List<XWPFChart> charts = docx.getCharts();
            assertThat(charts).hasSize(2);
            assertThat(charts.get(0).getChartSeries().get(0)).isInstanceOf(XDDFBarChartData.class);
            assertThat(charts.get(1).getChartSeries().get(0)).isInstanceOf(XDDFPieChartData.class);
            assertThat(charts.get(0)
                            .getWorkbook()
                            .getSheetAt(0)
                            .getRow(1)
                            .getCell(1)
                            .getNumericCellValue())
                    .isEqualTo(14.0);
            assertThat(docx.getPackage()
                            .getPartsByContentType("application/vnd.openxmlformats-officedocument.drawingml.chart+xml"))
                    .hasSize(2);

            CTFonts title = docx.getParagraphs()
                    .get(0)
                    .getRuns()
                    .get(0)
                    .getCTR()
                    .getRPr()
                    .getRFontsArray(0);
            assertThat(List.of(title.getAscii(), title.getHAnsi(), title.getEastAsia()))
                    .containsOnly("方正小标宋简体");
            assertThat(docx.getParagraphs().get(0).getRuns().get(0).getFontSizeAsDouble())
                    .isEqualTo(22.0);
            XWPFParagraph body = docx.getParagraphs().get(2);
            CTFonts text = body.getRuns().get(0).getCTR().getRPr().getRFontsArray(0);
            assertThat(List.of(text.getAscii(), text.getHAnsi(), text.getEastAsia()))
                    .containsOnly("仿宋_GB2312");
            assertThat(body.getRuns().get(0).getFontSizeAsDouble()).isEqualTo(16.0);

            CTSectPr section = docx.getDocument().getBody().getSectPr();
            assertThat(section.getPgSz().getW()).hasToString("11906");
            CTPageMar margins = section.getPgMar();
            assertThat(List.of(margins.getTop(), margins.getBottom(), margins.getLeft(), margins.getRight()))
                    .extracting(Object::toString)
                    .containsExactly("2098", "1984", "1587", "1474");
        }
    }

    @Test
    void docxNamesTheConfiguredFontsAndPrintsTheDraftInsteadOfTheSuggestion() throws Exception {
        ReportProperties other = new ReportProperties(
                new ReportProperties.Fonts("华文中宋", "黑体", "FangSong"), PROPERTIES.fontFiles(), 20_000);
        Texts draft = new Texts("工作动态定稿", "突出问题定稿", "处置情况定稿");

        try (XWPFDocument docx = new XWPFDocument(
                new ByteArrayInputStream(new DocxReport(other).write(ReportFixtures.anyReport(draft))))) {
            String text =
                    docx.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
            assertThat(text).contains("工作动态定稿", "突出问题定稿", "处置情况定稿").doesNotContain("表现：");
            assertThat(docx.getParagraphs().get(0).getRuns().get(0).getFontFamily())
                    .isEqualTo("华文中宋");
            assertThat(docx.getParagraphs()
                            .get(2)
                            .getRuns()
                            .get(0)
                            .getCTR()
                            .getRPr()
                            .getRFontsArray(0)
                            .getEastAsia())
                    .isEqualTo("FangSong");
        }
    }

    @Test
    void pdfRendersTheChineseTitleAndTheFourParts() throws Exception {
        assumeThat(Files.isReadable(Path.of(CJK_FONT)))
                .as("no CJK font file at %s (CI installs fonts-wqy-zenhei)", CJK_FONT)
                .isTrue();
        QuarterlyReport report = ReportFixtures.anyReport(null);

        byte[] pdf = new PdfReport(PROPERTIES).write(report);

        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s", "");
            assertThat(text).contains("示范县纪委预警信息工作站2026年第四季度预警信息分析报告");
            assertThat(text).containsSubsequence(QuarterlyReport.PARTS);
            assertThat(text.indexOf(QuarterlyReport.PARTS.get(0))).isLessThan(text.indexOf("本站共收到预警信息22件"));
            assertThat(text).contains("各乡镇（单位）预警信息件数", "各类问题预警信息件数", "工作作风");
            List<PDFont> fonts = new ArrayList<>();
            for (var name : document.getPage(0).getResources().getFontNames()) {
                fonts.add(document.getPage(0).getResources().getFont(name));
            }
            assertThat(fonts).isNotEmpty().allMatch(PDFont::isEmbedded);

            PDFRenderer renderer = new PDFRenderer(document);
            Path pngs = Files.createDirectories(Path.of("target", "report-png"));
            for (int page = 0; page < document.getNumberOfPages(); page++) {
                ImageIO.write(
                        renderer.renderImageWithDPI(page, 96),
                        "png",
                        pngs.resolve("report-page-" + (page + 1) + ".png").toFile());
            }
            BufferedImage first = renderer.renderImageWithDPI(0, 96);
            // The title line: from the top margin (37 mm) over the next 15 mm, across the text width.
            int dark = darkPixels(first, mmToPixels(28), mmToPixels(37), mmToPixels(210 - 26), mmToPixels(52));
            assertThat(dark).as("dark pixels in the title line").isGreaterThan(1_500);
            int blank = darkPixels(first, mmToPixels(28), mmToPixels(5), mmToPixels(210 - 26), mmToPixels(20));
            assertThat(blank).as("dark pixels in the empty top margin").isZero();
        }
    }

    @Test
    void refusesToPrintWithoutAChineseFont() {
        PdfReport pdf = new PdfReport(properties("/nonexistent/fonts/simsun.ttc,0"));

        assertThatThrownBy(() -> pdf.write(ReportFixtures.anyReport(null))).isInstanceOf(NoChineseFont.class);
    }

    static ReportProperties properties(String fontFile) {
        return new ReportProperties(
                new ReportProperties.Fonts("方正小标宋简体", "黑体", "仿宋_GB2312"),
                new ReportProperties.FontFiles(fontFile, fontFile, fontFile),
                20_000);
    }

    private static int darkPixels(BufferedImage image, int x0, int y0, int x1, int y1) throws IOException {
        int dark = 0;
        for (int y = y0; y < Math.min(y1, image.getHeight()); y++) {
            for (int x = x0; x < Math.min(x1, image.getWidth()); x++) {
                int rgb = image.getRGB(x, y);
                int luminance = ((rgb >> 16 & 0xff) * 299 + (rgb >> 8 & 0xff) * 587 + (rgb & 0xff) * 114) / 1000;
                if (luminance < 128) {
                    dark++;
                }
            }
        }
        return dark;
    }

    private static int mmToPixels(double millimetres) {
        return (int) Math.round(millimetres / 25.4 * 96);
    }
}
