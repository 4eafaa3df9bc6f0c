package org.qingfeng.analysis.report;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.qingfeng.analysis.report.rules.Chart;
import org.qingfeng.analysis.report.rules.QuarterlyReport;
import org.qingfeng.analysis.report.rules.Table;
import org.qingfeng.analysis.report.rules.Texts;
import org.springframework.stereotype.Component;

/**
 * The report as a PDF (OpenPDF): the same four parts, page and sizes as the .docx, with the fonts
 * embedded from the configured files ({@code analysis.report.font-files}) and the two charts drawn
 * as vectors from the same numbers. A font file that is missing or has no Chinese glyphs stops the
 * PDF with {@link NoChineseFont}: a PDF of empty boxes would look like a report and say nothing.
 */
@Component
class PdfReport {

    private static final float POINTS_PER_MM = 72f / 25.4f;
    private static final float LINE = 28f;
    private static final Color BAR = new Color(0x2f, 0x55, 0x97);
    private static final Color AXIS = new Color(0x40, 0x40, 0x40);
    private static final char PROBE = '中';

    private final ReportProperties.FontFiles files;
    private final Map<String, BaseFont> loaded = new ConcurrentHashMap<>();

    PdfReport(ReportProperties properties) {
        this.files = properties.fontFiles();
    }

    byte[] write(QuarterlyReport report) {
        BaseFont title = font(files.title());
        BaseFont heading = font(files.heading());
        BaseFont body = font(files.body());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, mm(28), mm(26), mm(37), mm(35));
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            document.addTitle(report.title());
            document.addCreator("Qingfeng analysis-service");
            document.open();
            Paragraph head = new Paragraph(report.title(), new Font(title, 22));
            head.setAlignment(Element.ALIGN_CENTER);
            head.setLeading(36);
            head.setSpacingAfter(LINE);
            document.add(head);
            Texts texts = report.printed();
            List<String> parts = List.of(texts.workDynamics(), texts.salientProblems(), texts.handlingStatus());
            for (int i = 0; i < parts.size(); i++) {
                document.add(heading(QuarterlyReport.PARTS.get(i), heading));
                for (String line : parts.get(i).split("\n", -1)) {
                    Paragraph paragraph = new Paragraph(LINE, line, new Font(body, 16));
                    paragraph.setFirstLineIndent(32);
                    paragraph.setAlignment(Element.ALIGN_JUSTIFIED);
                    document.add(paragraph);
                }
            }
            document.add(heading(QuarterlyReport.PARTS.get(3), heading));
            for (int i = 0; i < report.tables().size(); i++) {
                table(document, i + 1, report.tables().get(i), heading, body);
            }
            PdfContentByte canvas = writer.getDirectContent();
            document.add(caption(report.charts().get(0).title(), heading));
            document.add(Image.getInstance(verticalBars(canvas, report.charts().get(0), body)));
            document.add(caption(report.charts().get(1).title(), heading));
            document.add(
                    Image.getInstance(horizontalBars(canvas, report.charts().get(1), body)));
            document.close();
            return out.toByteArray();
        } catch (DocumentException e) {
            throw new IllegalStateException("the PDF could not be laid out", e);
        }
    }

    /**
     * The font of a configured file, loaded once: {@code path.ttf}, {@code path.otf}, or {@code
     * path.ttc,<index>} ({@code ,0} when a collection names none).
     */
    private BaseFont font(String configured) {
        return loaded.computeIfAbsent(configured, PdfReport::load);
    }

    private static BaseFont load(String configured) {
        String trimmed = configured.trim();
        int comma = trimmed.lastIndexOf(',');
        String file = comma > 0 ? trimmed.substring(0, comma) : trimmed;
        String name = file.toLowerCase(Locale.ROOT).endsWith(".ttc") && comma < 0 ? trimmed + ",0" : trimmed;
        if (file.isEmpty() || !Files.isReadable(Path.of(file))) {
            throw new NoChineseFont("font file not found: " + file);
        }
        try {
            BaseFont font = BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
            if (!font.charExists(PROBE)) {
                throw new NoChineseFont("font has no Chinese glyphs: " + file);
            }
            return font;
        } catch (DocumentException | IOException e) {
            throw new NoChineseFont("font file unreadable: " + file, e);
        }
    }

    private static Paragraph heading(String text, BaseFont font) {
        Paragraph heading = new Paragraph(LINE, text, new Font(font, 16));
        heading.setFirstLineIndent(32);
        return heading;
    }

    private static Paragraph caption(String text, BaseFont font) {
        Paragraph caption = new Paragraph(20, text, new Font(font, 12));
        caption.setAlignment(Element.ALIGN_CENTER);
        caption.setSpacingBefore(12);
        return caption;
    }

    private static void table(Document document, int number, Table table, BaseFont heading, BaseFont body)
            throws DocumentException {
        document.add(caption("表" + number + "　" + table.title(), heading));
        PdfPTable grid = new PdfPTable(table.columns().size());
        grid.setWidthPercentage(100);
        grid.setSpacingBefore(4);
        grid.setHeaderRows(1);
        table.columns().forEach(column -> grid.addCell(cell(column, heading, true)));
        table.rows().forEach(row -> row.forEach(value -> grid.addCell(cell(value, body, false))));
        document.add(grid);
    }

    private static PdfPCell cell(String text, BaseFont font, boolean header) {
        PdfPCell cell = new PdfPCell(new Phrase(text, new Font(font, 12)));
        cell.setHorizontalAlignment(Element.ALIGN_CENTER);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        cell.setPadding(4);
        if (header) {
            cell.setBackgroundColor(new Color(0xe8, 0xec, 0xf4));
        }
        return cell;
    }

    /** Items by township: a column per township, the count above it, the name below, slanted. */
    private static PdfTemplate verticalBars(PdfContentByte canvas, Chart chart, BaseFont font) {
        float width = 430;
        float height = 240;
        float left = 36;
        float bottom = 70;
        float top = 16;
        PdfTemplate template = canvas.createTemplate(width, height);
        axes(template, left, bottom, width - 8, height - top);
        int n = Math.max(1, chart.labels().size());
        float slot = (width - 8 - left) / n;
        float scale = (height - top - bottom) / Math.max(1, chart.max());
        for (int i = 0; i < chart.labels().size(); i++) {
            float x = left + i * slot + slot * 0.2f;
            float h = chart.values().get(i) * scale;
            template.setColorFill(BAR);
            template.rectangle(x, bottom, slot * 0.6f, h);
            template.fill();
            text(
                    template,
                    font,
                    9,
                    Long.toString(chart.values().get(i)),
                    x + slot * 0.3f,
                    bottom + h + 3,
                    0,
                    Element.ALIGN_CENTER);
            text(template, font, 9, chart.labels().get(i), x + slot * 0.3f, bottom - 6, 30, Element.ALIGN_RIGHT);
        }
        return template;
    }

    /** Items by subject area: a bar per subject, the name at its left, the count at its end. */
    private static PdfTemplate horizontalBars(PdfContentByte canvas, Chart chart, BaseFont font) {
        float width = 430;
        float left = 110;
        float row = 22;
        float height = Math.max(1, chart.labels().size()) * row + 20;
        PdfTemplate template = canvas.createTemplate(width, height);
        axes(template, left, 10, width - 10, height - 4);
        float scale = (width - left - 50) / Math.max(1, chart.max());
        for (int i = 0; i < chart.labels().size(); i++) {
            float y = height - 10 - (i + 1) * row + 4;
            float w = chart.values().get(i) * scale;
            template.setColorFill(BAR);
            template.rectangle(left, y, w, row * 0.65f);
            template.fill();
            text(template, font, 9, chart.labels().get(i), left - 6, y + 4, 0, Element.ALIGN_RIGHT);
            text(template, font, 9, Long.toString(chart.values().get(i)), left + w + 4, y + 4, 0, Element.ALIGN_LEFT);
        }
        return template;
    }

    private static void axes(PdfTemplate template, float left, float bottom, float right, float top) {
        template.setColorStroke(AXIS);
        template.setLineWidth(0.8f);
        template.moveTo(left, top);
        template.lineTo(left, bottom);
        template.lineTo(right, bottom);
        template.stroke();
    }

    private static void text(
            PdfTemplate template, BaseFont font, float size, String text, float x, float y, float rotation, int align) {
        template.beginText();
        template.setColorFill(AXIS);
        template.setFontAndSize(font, size);
        template.showTextAligned(align, text, x, y, rotation);
        template.endText();
    }

    private static float mm(double millimetres) {
        return (float) (millimetres * POINTS_PER_MM);
    }
}
