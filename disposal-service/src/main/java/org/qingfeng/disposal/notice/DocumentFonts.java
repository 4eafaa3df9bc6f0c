package org.qingfeng.disposal.notice;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * The fonts of notices and bulletins, read from {@code disposal.notices.font-dir} once and kept.
 * A file that is missing, unreadable or without Chinese glyphs is a {@link NoChineseFont}; it is
 * tried again on the next request, so a font installed later is picked up.
 */
@Component
class DocumentFonts {

    private static final char PROBE = '通';

    /**
     * The font file an OFD embeds, as a single face, and the names it declares; {@code subset} cuts it
     * down to a document's glyphs.
     */
    record Embedded(String fontName, String familyName, String fileName, FontSubset subset) {}

    private final NoticeProperties properties;
    private final Map<String, BaseFont> loaded = new ConcurrentHashMap<>();
    private final Map<String, Embedded> embedded = new ConcurrentHashMap<>();

    DocumentFonts(NoticeProperties properties) {
        this.properties = properties;
    }

    BaseFont header() {
        return pdf(properties.fonts().header());
    }

    BaseFont title() {
        return pdf(properties.fonts().title());
    }

    BaseFont body() {
        return pdf(properties.fonts().body());
    }

    Embedded ofd() {
        String configured = properties.fonts().body();
        return embedded.computeIfAbsent(configured, this::embed);
    }

    private BaseFont pdf(String configured) {
        return loaded.computeIfAbsent(configured, this::load);
    }

    private BaseFont load(String configured) {
        Located located = locate(configured);
        String name = located.file().toString() + (located.collection() ? "," + located.index() : "");
        try {
            BaseFont font = BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
            if (!font.charExists(PROBE)) {
                throw new NoChineseFont(
                        "font has no Chinese glyphs: " + located.file().getFileName());
            }
            return font;
        } catch (DocumentException | IOException e) {
            throw new NoChineseFont("font file unreadable: " + located.file().getFileName(), e);
        }
    }

    private Embedded embed(String configured) {
        BaseFont font = pdf(configured);
        Located located = locate(configured);
        try {
            byte[] data = Files.readAllBytes(located.file());
            byte[] face = located.collection() ? TrueTypeCollection.face(data, located.index()) : data;
            String extension = located.collection() ? ".ttf" : fileExtension(located.file());
            String family =
                    font.getFamilyFontName().length > 0 ? font.getFamilyFontName()[0][3] : font.getPostscriptFontName();
            return new Embedded(font.getPostscriptFontName(), family, "font_body" + extension, new FontSubset(face));
        } catch (IOException | RuntimeException e) {
            throw new NoChineseFont("font file unreadable: " + located.file().getFileName(), e);
        }
    }

    private record Located(Path file, boolean collection, int index) {}

    /** {@code name}, {@code name.ttc} (face 0) or {@code name.ttc,<index>}, under the font directory. */
    private Located locate(String configured) {
        String trimmed = configured.trim();
        int comma = trimmed.lastIndexOf(',');
        String fileName = comma > 0 ? trimmed.substring(0, comma) : trimmed;
        Path file = properties.fontDir().resolve(fileName);
        if (fileName.isEmpty() || !Files.isReadable(file)) {
            throw new NoChineseFont("font file not found: " + fileName);
        }
        boolean collection = fileName.toLowerCase(Locale.ROOT).endsWith(".ttc");
        int index = comma > 0 ? Integer.parseInt(trimmed.substring(comma + 1).trim()) : 0;
        return new Located(file, collection, index);
    }

    private static String fileExtension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? ".ttf" : name.substring(dot).toLowerCase(Locale.ROOT);
    }
}
