package org.qingfeng.disposal.notice;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * One parsed TrueType face, cut down per document to the glyphs its text uses. A Chinese face is
 * megabytes; an OFD notice needs a few hundred glyphs of it, so each package carries only those
 * (tens of kilobytes instead of 16 MB with the whole of wqy-zenhei).
 */
final class FontSubset {

    private final TrueTypeFont font;

    FontSubset(byte[] face) {
        try {
            this.font = new TTFParser().parse(new RandomAccessReadBuffer(face));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The face holding the glyphs of every character in {@code text}; the subsetter is not thread-safe. */
    synchronized byte[] of(String text) {
        try {
            TTFSubsetter subsetter = new TTFSubsetter(font);
            text.codePoints().forEach(subsetter::add);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            subsetter.writeToStream(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
