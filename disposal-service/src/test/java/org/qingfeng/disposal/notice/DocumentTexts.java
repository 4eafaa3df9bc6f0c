package org.qingfeng.disposal.notice;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** The text a reader gets out of a PDF (PDFBox) or an OFD (every TextCode), without white space. */
public final class DocumentTexts {

    private DocumentTexts() {}

    public static String ofPdf(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s", "");
        }
    }

    /** The PDF's lines as PDFBox reads them, each trimmed. */
    public static java.util.List<String> linesOfPdf(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper()
                    .getText(document)
                    .lines()
                    .map(String::strip)
                    .toList();
        }
    }

    public static String ofOfd(byte[] ofd) throws Exception {
        StringBuilder text = new StringBuilder();
        for (Map.Entry<String, byte[]> part : entries(ofd).entrySet()) {
            if (part.getKey().endsWith("Content.xml")) {
                NodeList codes = xml(part.getValue()).getElementsByTagNameNS(OfficialOfd.NAMESPACE, "TextCode");
                for (int i = 0; i < codes.getLength(); i++) {
                    text.append(codes.item(i).getTextContent());
                }
            }
        }
        return text.toString().replaceAll("\\s", "");
    }

    public static Map<String, byte[]> entries(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    public static Document xml(byte[] bytes) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
    }
}
