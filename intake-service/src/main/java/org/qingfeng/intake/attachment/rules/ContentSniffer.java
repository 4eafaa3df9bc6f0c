package org.qingfeng.intake.attachment.rules;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.qingfeng.intake.attachment.rules.Sniffed.Refusal;

/**
 * What a file is, read from its first bytes (and, for ZIP and compound files, from their
 * directories): never from its name or the sender's claim. Only what is recognised here is ever
 * stored; anything else is refused, and executables and markup are named as such.
 */
public final class ContentSniffer {

    private static final int[] JPEG = {0xFF, 0xD8, 0xFF};
    private static final int[] PNG = {0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A};
    private static final int[] ZIP = {0x50, 0x4B, 0x03, 0x04};
    private static final int[] OLE2 = {0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1};
    private static final int[] ELF = {0x7F, 0x45, 0x4C, 0x46};
    private static final int[][] MACH_O_OR_CLASS = {
        {0xFE, 0xED, 0xFA, 0xCE},
        {0xFE, 0xED, 0xFA, 0xCF},
        {0xCE, 0xFA, 0xED, 0xFE},
        {0xCF, 0xFA, 0xED, 0xFE},
        {0xCA, 0xFE, 0xBA, 0xBE}
    };
    private static final Set<String> HEIF_BRANDS =
            Set.of("heic", "heix", "hevc", "hevx", "heim", "heis", "mif1", "msf1");
    private static final Set<String> AUDIO_MP4_BRANDS = Set.of("M4A ", "M4B ");

    private ContentSniffer() {}

    public static Sniffed sniff(byte[] b) {
        if (starts(b, 0, JPEG)) {
            return Sniffed.as(FileKind.JPEG);
        }
        if (starts(b, 0, PNG)) {
            return Sniffed.as(FileKind.PNG);
        }
        if (ascii(b, 0, "GIF87a") || ascii(b, 0, "GIF89a")) {
            return Sniffed.as(FileKind.GIF);
        }
        if (ascii(b, 0, "RIFF") && ascii(b, 8, "WEBP")) {
            return Sniffed.as(FileKind.WEBP);
        }
        if (ascii(b, 0, "RIFF") && ascii(b, 8, "WAVE")) {
            return Sniffed.as(FileKind.WAV);
        }
        if (ascii(b, 4, "ftyp")) {
            return isoMedia(b);
        }
        if (ascii(b, 0, "%PDF-")) {
            return Sniffed.as(FileKind.PDF);
        }
        if (ascii(b, 0, "#!AMR")) {
            return Sniffed.as(FileKind.AMR);
        }
        if (ascii(b, 0, "OggS")) {
            return Sniffed.as(FileKind.OGG);
        }
        if (ascii(b, 0, "ID3") || mpegAudioFrame(b)) {
            return Sniffed.as(FileKind.MP3);
        }
        if (adtsFrame(b)) {
            return Sniffed.as(FileKind.AAC);
        }
        if (starts(b, 0, ZIP)) {
            return officeOpenXml(b);
        }
        if (starts(b, 0, OLE2)) {
            return compoundDocument(b);
        }
        return refusal(b);
    }

    private static Sniffed isoMedia(byte[] b) {
        String brand = b.length >= 12 ? new String(b, 8, 4, StandardCharsets.ISO_8859_1) : "";
        if (HEIF_BRANDS.contains(brand)) {
            return Sniffed.as(FileKind.HEIC);
        }
        if (AUDIO_MP4_BRANDS.contains(brand)) {
            return Sniffed.as(FileKind.M4A);
        }
        return Sniffed.refused(Refusal.UNKNOWN);
    }

    /** MPEG-1/2/2.5 audio, layer I to III, with a valid bitrate and sample rate. */
    private static boolean mpegAudioFrame(byte[] b) {
        return b.length >= 4
                && u8(b, 0) == 0xFF
                && (u8(b, 1) & 0xE0) == 0xE0
                && ((u8(b, 1) >> 1) & 3) != 0
                && ((u8(b, 1) >> 3) & 3) != 1
                && (u8(b, 2) >> 4) != 0xF
                && ((u8(b, 2) >> 2) & 3) != 3;
    }

    /** Raw AAC in ADTS frames: the 12-bit sync word and layer 0. */
    private static boolean adtsFrame(byte[] b) {
        return b.length >= 7 && u8(b, 0) == 0xFF && (u8(b, 1) & 0xF6) == 0xF0;
    }

    /** A ZIP is a document only with the OOXML content types and its part folder, and without macros. */
    private static Sniffed officeOpenXml(byte[] b) {
        Set<String> names = ZipDirectory.names(b);
        if (!names.contains("[Content_Types].xml")) {
            return Sniffed.refused(Refusal.UNKNOWN);
        }
        if (names.stream().map(n -> n.toLowerCase(Locale.ROOT)).anyMatch(n -> n.endsWith("vbaproject.bin"))) {
            return Sniffed.refused(Refusal.ACTIVE_CONTENT);
        }
        for (String name : names) {
            if (name.startsWith("word/")) {
                return Sniffed.as(FileKind.DOCX);
            }
            if (name.startsWith("xl/")) {
                return Sniffed.as(FileKind.XLSX);
            }
            if (name.startsWith("ppt/")) {
                return Sniffed.as(FileKind.PPTX);
            }
        }
        return Sniffed.refused(Refusal.UNKNOWN);
    }

    /**
     * A compound file (Word, Excel, PowerPoint 97–2003, and WPS Office's own {@code .wps}/{@code
     * .et}/{@code .dps}, which use the same streams) is told by its streams. Installers ({@code .msi})
     * and mail ({@code .msg}) are compound files too, so one without a document stream is refused.
     */
    private static Sniffed compoundDocument(byte[] b) {
        Set<String> names = CompoundDirectory.names(b);
        if (names.contains("_VBA_PROJECT_CUR") || names.contains("Macros") || names.contains("VBA")) {
            return Sniffed.refused(Refusal.ACTIVE_CONTENT);
        }
        if (names.contains("WordDocument")) {
            return Sniffed.as(FileKind.DOC);
        }
        if (names.contains("Workbook") || names.contains("Book")) {
            return Sniffed.as(FileKind.XLS);
        }
        if (names.contains("PowerPoint Document")) {
            return Sniffed.as(FileKind.PPT);
        }
        return Sniffed.refused(Refusal.UNKNOWN);
    }

    private static Sniffed refusal(byte[] b) {
        if (ascii(b, 0, "MZ") || starts(b, 0, ELF) || ascii(b, 0, "#!")) {
            return Sniffed.refused(Refusal.EXECUTABLE);
        }
        for (int[] magic : MACH_O_OR_CLASS) {
            if (starts(b, 0, magic)) {
                return Sniffed.refused(Refusal.EXECUTABLE);
            }
        }
        return firstVisible(b) == '<' ? Sniffed.refused(Refusal.MARKUP) : Sniffed.refused(Refusal.UNKNOWN);
    }

    /** The first character after a byte-order mark, white space and NULs (UTF-16 text has NULs between). */
    private static int firstVisible(byte[] b) {
        int i = starts(b, 0, new int[] {0xEF, 0xBB, 0xBF}) ? 3 : 0;
        while (i < b.length && i < 1024) {
            int c = u8(b, i);
            if (c != 0 && c != 0xFE && c != 0xFF && !Character.isWhitespace(c)) {
                return c;
            }
            i++;
        }
        return -1;
    }

    static boolean starts(byte[] b, int at, int[] magic) {
        if (b.length < at + magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (u8(b, at + i) != magic[i]) {
                return false;
            }
        }
        return true;
    }

    static boolean ascii(byte[] b, int at, String text) {
        return b.length >= at + text.length()
                && new String(b, at, text.length(), StandardCharsets.ISO_8859_1).equals(text);
    }

    static int u8(byte[] b, int at) {
        return b[at] & 0xFF;
    }

    /** The entry names of a ZIP's central directory, read without inflating anything. */
    static final class ZipDirectory {

        private static final int END_RECORD = 0x06054b50;
        private static final int ENTRY = 0x02014b50;
        private static final int MAX_ENTRIES = 10_000;

        private ZipDirectory() {}

        /** Empty when the directory is missing, truncated or points outside the file. */
        static Set<String> names(byte[] b) {
            int end = endRecord(b);
            if (end < 0) {
                return Set.of();
            }
            int count = Bytes.u16le(b, end + 10);
            long offset = Bytes.u32le(b, end + 16);
            Set<String> names = new HashSet<>();
            long at = offset;
            for (int i = 0; i < count && i < MAX_ENTRIES; i++) {
                if (at + 46 > b.length || Bytes.u32le(b, (int) at) != ENTRY) {
                    return Set.of();
                }
                int p = (int) at;
                int nameLength = Bytes.u16le(b, p + 28);
                int extra = Bytes.u16le(b, p + 30);
                int comment = Bytes.u16le(b, p + 32);
                if (p + 46L + nameLength > b.length) {
                    return Set.of();
                }
                names.add(new String(b, p + 46, nameLength, StandardCharsets.UTF_8));
                at = p + 46L + nameLength + extra + comment;
            }
            return names;
        }

        private static int endRecord(byte[] b) {
            int lowest = Math.max(0, b.length - 22 - 0xFFFF);
            for (int i = b.length - 22; i >= lowest; i--) {
                if (Bytes.u32le(b, i) == END_RECORD) {
                    return i;
                }
            }
            return -1;
        }
    }

    /**
     * The entry names of a compound file's directory. Directory entries are 128 bytes and sectors
     * start at multiples of 512, so every entry lies at a multiple of 128: each such place holding
     * a well-formed entry (name length, type) is read. This finds the streams without following the
     * sector chains, and never more than the file holds.
     */
    static final class CompoundDirectory {

        private static final int ENTRY = 128;

        private CompoundDirectory() {}

        static Set<String> names(byte[] b) {
            Set<String> names = new HashSet<>();
            for (int at = 512; at + ENTRY <= b.length; at += ENTRY) {
                int nameBytes = Bytes.u16le(b, at + 64);
                int type = u8(b, at + 66);
                if (nameBytes >= 4
                        && nameBytes <= 64
                        && nameBytes % 2 == 0
                        && (type == 1 || type == 2 || type == 5)
                        && b[at + nameBytes - 2] == 0
                        && b[at + nameBytes - 1] == 0) {
                    names.add(new String(b, at, nameBytes - 2, StandardCharsets.UTF_16LE));
                }
            }
            return names;
        }
    }
}
