package org.qingfeng.disposal.notice;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.qingfeng.disposal.notice.rules.OfficialDocument;
import org.qingfeng.disposal.notice.rules.PageLayout;
import org.springframework.stereotype.Component;

/**
 * An {@link OfficialDocument} as OFD (GB/T 33190), written as the zip package itself: {@code
 * OFD.xml} (DocInfo), {@code Doc_0/Document.xml} (A4 page area, the pages), {@code
 * Doc_0/PublicRes.xml} (the font, embedded under {@code Doc_0/Res/}) and one {@code Content.xml} per
 * page whose text objects stand where {@link PageLayout} put them, the header in red.
 */
@Component
public class OfficialOfd {

    public static final String NAMESPACE = "http://www.ofdspec.org/2016";

    /** The header's and rule's colour, as OFD writes RGB. */
    public static final String RED = "230 0 18";

    private static final String BLACK = "0 0 0";
    private static final int FONT_ID = 2;

    private final DocumentFonts fonts;

    OfficialOfd(DocumentFonts fonts) {
        this.fonts = fonts;
    }

    public byte[] write(OfficialDocument d, UUID docId, LocalDate created) {
        DocumentFonts.Embedded font = fonts.ofd();
        List<PageLayout.Page> pages = PageLayout.of(d);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            Map<String, String> parts = new LinkedHashMap<>();
            parts.put("OFD.xml", ofd(d, docId, created));
            int[] next = {FONT_ID + 1 + pages.size()};
            for (PageLayout.Page page : pages) {
                parts.put("Doc_0/Pages/Page_" + (page.number() - 1) + "/Content.xml", content(page, next));
            }
            parts.put("Doc_0/Document.xml", document(pages, next[0] - 1));
            parts.put("Doc_0/PublicRes.xml", publicRes(font));
            for (Map.Entry<String, String> part : parts.entrySet()) {
                entry(zip, part.getKey(), part.getValue().getBytes(StandardCharsets.UTF_8));
            }
            // The parts hold every character the pages print (and some markup, which costs a few glyphs).
            entry(zip, "Doc_0/Res/" + font.fileName(), font.subset().of(String.join("", parts.values())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void entry(ZipOutputStream zip, String name, byte[] data) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(data);
        zip.closeEntry();
    }

    private static String ofd(OfficialDocument d, UUID docId, LocalDate created) {
        return xml(w -> {
            w.writeStartElement("ofd", "OFD", NAMESPACE);
            w.writeNamespace("ofd", NAMESPACE);
            w.writeAttribute("Version", "1.0");
            w.writeAttribute("DocType", "OFD");
            w.writeStartElement("ofd", "DocBody", NAMESPACE);
            w.writeStartElement("ofd", "DocInfo", NAMESPACE);
            text(w, "DocID", docId.toString().replace("-", ""));
            text(w, "Title", d.title());
            text(w, "Author", d.organisation());
            text(w, "CreationDate", created.toString());
            text(w, "Creator", "Qingfeng disposal-service");
            w.writeEndElement();
            text(w, "DocRoot", "Doc_0/Document.xml");
            w.writeEndElement();
            w.writeEndElement();
        });
    }

    private static String document(List<PageLayout.Page> pages, int maxUnitId) {
        return xml(w -> {
            w.writeStartElement("ofd", "Document", NAMESPACE);
            w.writeNamespace("ofd", NAMESPACE);
            w.writeStartElement("ofd", "CommonData", NAMESPACE);
            text(w, "MaxUnitID", String.valueOf(maxUnitId));
            w.writeStartElement("ofd", "PageArea", NAMESPACE);
            text(w, "PhysicalBox", "0 0 " + number(PageLayout.WIDTH) + " " + number(PageLayout.HEIGHT));
            w.writeEndElement();
            text(w, "PublicRes", "PublicRes.xml");
            w.writeEndElement();
            w.writeStartElement("ofd", "Pages", NAMESPACE);
            for (PageLayout.Page page : pages) {
                w.writeEmptyElement("ofd", "Page", NAMESPACE);
                w.writeAttribute("ID", String.valueOf(FONT_ID + page.number()));
                w.writeAttribute("BaseLoc", "Pages/Page_" + (page.number() - 1) + "/Content.xml");
            }
            w.writeEndElement();
            w.writeEndElement();
        });
    }

    private static String publicRes(DocumentFonts.Embedded font) {
        return xml(w -> {
            w.writeStartElement("ofd", "Res", NAMESPACE);
            w.writeNamespace("ofd", NAMESPACE);
            w.writeAttribute("BaseLoc", "Res");
            w.writeStartElement("ofd", "Fonts", NAMESPACE);
            w.writeStartElement("ofd", "Font", NAMESPACE);
            w.writeAttribute("ID", String.valueOf(FONT_ID));
            w.writeAttribute("FontName", font.fontName());
            w.writeAttribute("FamilyName", font.familyName());
            text(w, "FontFile", font.fileName());
            w.writeEndElement();
            w.writeEndElement();
            w.writeEndElement();
        });
    }

    private static String content(PageLayout.Page page, int[] next) {
        return xml(w -> {
            w.writeStartElement("ofd", "Page", NAMESPACE);
            w.writeNamespace("ofd", NAMESPACE);
            w.writeStartElement("ofd", "Content", NAMESPACE);
            w.writeStartElement("ofd", "Layer", NAMESPACE);
            w.writeAttribute("ID", String.valueOf(next[0]++));
            for (PageLayout.Rule rule : page.rules()) {
                double width = rule.x2() - rule.x1();
                w.writeStartElement("ofd", "PathObject", NAMESPACE);
                w.writeAttribute("ID", String.valueOf(next[0]++));
                w.writeAttribute("Boundary", box(rule.x1(), rule.y() - rule.thickness() / 2, width, rule.thickness()));
                w.writeAttribute("LineWidth", number(rule.thickness()));
                w.writeAttribute("Fill", "false");
                w.writeEmptyElement("ofd", "StrokeColor", NAMESPACE);
                w.writeAttribute("Value", rule.red() ? RED : BLACK);
                text(
                        w,
                        "AbbreviatedData",
                        "M 0 " + number(rule.thickness() / 2) + " L " + number(width) + " "
                                + number(rule.thickness() / 2));
                w.writeEndElement();
            }
            for (PageLayout.Text text : page.texts()) {
                w.writeStartElement("ofd", "TextObject", NAMESPACE);
                w.writeAttribute("ID", String.valueOf(next[0]++));
                w.writeAttribute("Boundary", box(text.x(), text.y(), text.width(), text.height()));
                w.writeAttribute("Font", String.valueOf(FONT_ID));
                w.writeAttribute("Size", number(text.size()));
                w.writeEmptyElement("ofd", "FillColor", NAMESPACE);
                w.writeAttribute("Value", text.red() ? RED : BLACK);
                w.writeStartElement("ofd", "TextCode", NAMESPACE);
                w.writeAttribute("X", "0");
                w.writeAttribute("Y", number(text.size()));
                w.writeCharacters(text.text());
                w.writeEndElement();
                w.writeEndElement();
            }
            w.writeEndElement();
            w.writeEndElement();
            w.writeEndElement();
        });
    }

    private interface Body {
        void write(XMLStreamWriter writer) throws XMLStreamException;
    }

    private static String xml(Body body) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter writer = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            writer.writeStartDocument("UTF-8", "1.0");
            body.write(writer);
            writer.writeEndDocument();
            writer.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("the OFD part could not be written", e);
        }
        return out.toString();
    }

    private static void text(XMLStreamWriter w, String element, String value) throws XMLStreamException {
        w.writeStartElement("ofd", element, NAMESPACE);
        w.writeCharacters(value);
        w.writeEndElement();
    }

    private static String box(double x, double y, double width, double height) {
        return number(x) + " " + number(y) + " " + number(width) + " " + number(height);
    }

    private static String number(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
