package org.qingfeng.disposal.notice;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfChunk;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.pdf.draw.LineSeparator;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import org.qingfeng.disposal.notice.rules.LineBreaks;
import org.qingfeng.disposal.notice.rules.OfficialDocument;
import org.qingfeng.disposal.notice.rules.PageLayout;
import org.springframework.stereotype.Component;

/**
 * An {@link OfficialDocument} as a PDF (OpenPDF) in the GB/T 9704 layout: A4, margins 37/35/28/26
 * mm, the organisation in red at the head with a red rule under the number, the title at 22 pt
 * (二号), the body at 16 pt (三号) with a two-character indent and 22 lines a page, signature and
 * date right-aligned four characters in, "— n —" at the foot. Fonts embedded ({@link DocumentFonts}).
 */
@Component
public class OfficialPdf {

    /** The red of the header and its rule. */
    public static final Color RED = new Color(0xE6, 0x00, 0x12);

    private static final float LINE =
            (float) ((PageLayout.HEIGHT - PageLayout.TOP - PageLayout.BOTTOM) / 22 / PageLayout.POINT);

    private final DocumentFonts fonts;

    OfficialPdf(DocumentFonts fonts) {
        this.fonts = fonts;
    }

    public byte[] write(OfficialDocument d) {
        BaseFont header = fonts.header();
        BaseFont title = fonts.title();
        BaseFont body = fonts.body();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(
                PageSize.A4, mm(PageLayout.LEFT), mm(PageLayout.RIGHT), mm(PageLayout.TOP), mm(PageLayout.BOTTOM));
        try {
            PdfWriter writer = PdfWriter.getInstance(document, out);
            writer.setPageEvent(new Folio(body));
            document.addTitle(d.title());
            document.addCreator("Qingfeng disposal-service");
            document.open();
            float width = document.right() - document.left();
            float headerSize = Math.min(32f, width / Math.max(1f, header.getWidthPoint(d.organisation(), 1f)));
            Paragraph head =
                    new Paragraph(headerSize * 1.4f, d.organisation(), new Font(header, headerSize, Font.NORMAL, RED));
            head.setAlignment(Element.ALIGN_CENTER);
            document.add(head);
            if (d.documentNumber() != null) {
                Paragraph number = new Paragraph(LINE, d.documentNumber(), new Font(body, 16));
                number.setAlignment(Element.ALIGN_CENTER);
                number.setSpacingBefore(LINE / 2);
                document.add(number);
            }
            Paragraph rule = new Paragraph(new Chunk(new LineSeparator(1.5f, 100, RED, Element.ALIGN_CENTER, -6)));
            rule.setSpacingAfter(LINE);
            document.add(rule);
            Paragraph heading = new Paragraph(36, d.title(), new Font(title, 22));
            heading.setAlignment(Element.ALIGN_CENTER);
            heading.setSpacingAfter(LINE / 2);
            document.add(heading);
            if (d.recipient() != null) {
                document.add(new Paragraph(LINE, d.recipient(), new Font(body, 16)));
            }
            for (String text : d.paragraphs()) {
                document.add(paragraph(text, body));
            }
            if (d.table() != null) {
                document.add(table(d.table(), body));
            }
            for (String text : d.closing()) {
                document.add(paragraph(text, body));
            }
            Paragraph signature = right(d.signature(), body);
            signature.setSpacingBefore(LINE);
            document.add(signature);
            document.add(right(d.date(), body));
            if (d.copyTo() != null) {
                Paragraph copy = new Paragraph(LINE, d.copyTo(), new Font(body, 14));
                copy.setSpacingBefore(LINE);
                document.add(copy);
            }
            document.close();
            return out.toByteArray();
        } catch (DocumentException e) {
            throw new IllegalStateException("the PDF could not be laid out", e);
        }
    }

    private static Paragraph paragraph(String text, BaseFont body) {
        Chunk chunk = new Chunk(text, new Font(body, 16));
        chunk.setSplitCharacter(OfficialPdf::splitsAfter);
        Paragraph paragraph = new Paragraph(LINE, chunk);
        paragraph.setFirstLineIndent(32);
        paragraph.setAlignment(Element.ALIGN_JUSTIFIED);
        return paragraph;
    }

    /** OpenPDF asks whether a line may end after {@code cc[current]}: by {@link LineBreaks}, not anywhere. */
    private static boolean splitsAfter(int start, int current, int end, char[] cc, PdfChunk[] ck) {
        return current + 1 >= end || LineBreaks.mayBreakBetween(cc[current], cc[current + 1]);
    }

    private static Paragraph right(String text, BaseFont body) {
        Paragraph paragraph = new Paragraph(LINE, text, new Font(body, 16));
        paragraph.setAlignment(Element.ALIGN_RIGHT);
        paragraph.setIndentationRight(64);
        return paragraph;
    }

    private static PdfPTable table(OfficialDocument.Table table, BaseFont body) throws DocumentException {
        PdfPTable grid = new PdfPTable(table.columns().size());
        grid.setWidthPercentage(100);
        grid.setWidths(table.widths().stream().mapToInt(Integer::intValue).toArray());
        grid.setSpacingBefore(8);
        grid.setSpacingAfter(8);
        grid.setHeaderRows(1);
        table.columns().forEach(column -> grid.addCell(cell(column, body)));
        table.rows().forEach(row -> row.forEach(value -> grid.addCell(cell(value, body))));
        return grid;
    }

    private static PdfPCell cell(String text, BaseFont body) {
        PdfPCell cell = new PdfPCell(new Phrase(text, new Font(body, 10.5f)));
        cell.setHorizontalAlignment(Element.ALIGN_CENTER);
        cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
        cell.setPadding(3);
        return cell;
    }

    private static float mm(double millimetres) {
        return (float) (millimetres / PageLayout.POINT);
    }

    /** "— n —" centred under the text block. */
    private static final class Folio extends PdfPageEventHelper {

        private final BaseFont font;

        Folio(BaseFont font) {
            this.font = font;
        }

        @Override
        public void onEndPage(PdfWriter writer, Document document) {
            ColumnText.showTextAligned(
                    writer.getDirectContent(),
                    Element.ALIGN_CENTER,
                    new Phrase("— " + writer.getPageNumber() + " —", new Font(font, 14)),
                    (document.left() + document.right()) / 2,
                    document.bottom() - mm(10),
                    0);
        }
    }
}
