package org.qingfeng.intake.attachment.rules;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;

/**
 * Removes what an image says about where, when and with what it was taken (Exif with its GPS
 * position, XMP, IPTC, comments, text chunks), by copying the file's own segments or chunks and
 * leaving out those; what is kept is copied byte for byte, so the picture is not re-encoded. Bytes
 * after the image's end (phone makers' trailers) are dropped too. Other kinds are returned as they
 * are. A file that does not parse is {@link Malformed}.
 */
public final class MetadataStripper {

    /** JPEG markers. */
    private static final int SOI = 0xD8;

    private static final int EOI = 0xD9;
    private static final int SOS = 0xDA;
    private static final int APP0 = 0xE0;
    private static final int APP2 = 0xE2;
    private static final int APP14 = 0xEE;
    private static final int APP15 = 0xEF;
    private static final int COM = 0xFE;
    private static final byte[] ICC_PROFILE = "ICC_PROFILE\0".getBytes(StandardCharsets.ISO_8859_1);

    /** PNG chunks that carry text, Exif or a modification time. */
    private static final Set<String> PNG_METADATA = Set.of("tEXt", "zTXt", "iTXt", "eXIf", "tIME");

    /** WebP chunks that carry Exif and XMP, and the VP8X flags announcing them. */
    private static final Set<String> WEBP_METADATA = Set.of("EXIF", "XMP ");

    private static final int VP8X_EXIF_AND_XMP = 0x08 | 0x04;

    private MetadataStripper() {}

    public static byte[] strip(FileKind kind, byte[] content) {
        return switch (kind) {
            case JPEG -> jpeg(content);
            case PNG -> png(content);
            case WEBP -> webp(content);
            default -> content;
        };
    }

    /**
     * Keeps APP0 (JFIF), APP14 (Adobe: how to read the colours) and APP2 only when it is an ICC
     * colour profile: without it a wide-gamut photo shows wrong colours, and a profile describes a
     * colour space, not a place or a person. Drops APP1 (Exif, XMP), every other APPn (MPF with its
     * second images, IPTC in APP13, maker data) and comments.
     */
    static byte[] jpeg(byte[] b) {
        if (b.length < 4 || u8(b, 0) != 0xFF || u8(b, 1) != SOI) {
            throw new Malformed("JPEG without its start marker");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(b.length);
        out.write(b, 0, 2);
        int at = 2;
        while (true) {
            if (at + 1 >= b.length || u8(b, at) != 0xFF) {
                throw new Malformed("JPEG segment expected at " + at);
            }
            while (at + 1 < b.length && u8(b, at + 1) == 0xFF) {
                at++;
            }
            int marker = u8(b, at + 1);
            if (marker == EOI) {
                out.write(b, at, 2);
                return out.toByteArray();
            }
            if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) {
                out.write(b, at, 2);
                at += 2;
                continue;
            }
            if (at + 4 > b.length) {
                throw new Malformed("JPEG segment cut short");
            }
            int end = at + 2 + Bytes.u16be(b, at + 2);
            if (end > b.length || Bytes.u16be(b, at + 2) < 2) {
                throw new Malformed("JPEG segment longer than the file");
            }
            if (keepsJpegSegment(marker, b, at + 4, end)) {
                out.write(b, at, end - at);
            }
            at = end;
            if (marker == SOS) {
                int scanEnd = scanEnd(b, at);
                out.write(b, at, scanEnd - at);
                at = scanEnd;
            }
        }
    }

    private static boolean keepsJpegSegment(int marker, byte[] b, int payload, int end) {
        if (marker == COM) {
            return false;
        }
        if (marker < APP0 || marker > APP15) {
            return true;
        }
        return marker == APP0 || marker == APP14 || (marker == APP2 && startsWith(b, payload, end, ICC_PROFILE));
    }

    /** The entropy-coded data runs to the next marker that is neither a stuffed 0xFF nor a restart. */
    private static int scanEnd(byte[] b, int at) {
        for (int i = at; i + 1 < b.length; i++) {
            if (u8(b, i) == 0xFF) {
                int next = u8(b, i + 1);
                if (next != 0x00 && next != 0xFF && (next < 0xD0 || next > 0xD7)) {
                    return i;
                }
            }
        }
        throw new Malformed("JPEG scan without an end");
    }

    static byte[] png(byte[] b) {
        if (!ContentSniffer.starts(b, 0, new int[] {0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A})) {
            throw new Malformed("PNG without its signature");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(b.length);
        out.write(b, 0, 8);
        int at = 8;
        while (at + 12 <= b.length) {
            long length = Bytes.u32be(b, at);
            String type = new String(b, at + 4, 4, StandardCharsets.ISO_8859_1);
            long end = at + 12 + length;
            if (end > b.length) {
                throw new Malformed("PNG chunk longer than the file");
            }
            if (!PNG_METADATA.contains(type)) {
                out.write(b, at, (int) (end - at));
            }
            at = (int) end;
            if (type.equals("IEND")) {
                return out.toByteArray();
            }
        }
        throw new Malformed("PNG without its end chunk");
    }

    static byte[] webp(byte[] b) {
        if (b.length < 12) {
            throw new Malformed("WebP header cut short");
        }
        long riffEnd = Math.min(8 + Bytes.u32le(b, 4), b.length);
        ByteArrayOutputStream out = new ByteArrayOutputStream(b.length);
        out.write(b, 0, 12);
        int at = 12;
        while (at + 8 <= riffEnd) {
            String type = new String(b, at, 4, StandardCharsets.ISO_8859_1);
            long size = Bytes.u32le(b, at + 4);
            long end = at + 8 + size + (size & 1);
            if (at + 8 + size > riffEnd) {
                throw new Malformed("WebP chunk longer than the file");
            }
            int copyEnd = (int) Math.min(end, riffEnd);
            if (!WEBP_METADATA.contains(type)) {
                byte[] chunk = Arrays.copyOfRange(b, at, copyEnd);
                if (type.equals("VP8X") && size >= 1) {
                    chunk[8] = (byte) (chunk[8] & ~VP8X_EXIF_AND_XMP);
                }
                out.write(chunk, 0, chunk.length);
            }
            at = copyEnd;
        }
        byte[] stripped = out.toByteArray();
        Bytes.putU32le(stripped, 4, stripped.length - 8L);
        return stripped;
    }

    private static boolean startsWith(byte[] b, int at, int end, byte[] prefix) {
        if (end - at < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (b[at + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int u8(byte[] b, int at) {
        return b[at] & 0xFF;
    }

    /** The file claims a format but does not follow it. */
    public static final class Malformed extends RuntimeException {

        Malformed(String message) {
            super(message);
        }
    }
}
