package org.qingfeng.disposal.attachment.rules;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The kinds of file a department may attach to a reply: PDF, Word (doc, docx), JPEG, PNG and OFD. A
 * file is accepted only when its name's extension is one of them <em>and</em> its first bytes are
 * what that kind starts with, so a renamed executable or a page of markup is refused either way.
 */
public final class FileTypes {

    private static final Map<String, String> CONTENT_TYPES = Map.of(
            "pdf", "application/pdf",
            "doc", "application/msword",
            "docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "jpg", "image/jpeg",
            "jpeg", "image/jpeg",
            "png", "image/png",
            "ofd", "application/ofd");

    private static final byte[] PDF = ascii("%PDF-");
    private static final byte[] OLE2 = bytes(0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1);
    private static final byte[] ZIP = bytes(0x50, 0x4B, 0x03, 0x04);
    private static final byte[] JPEG = bytes(0xFF, 0xD8, 0xFF);
    private static final byte[] PNG = bytes(0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A);

    private FileTypes() {}

    /** The content type of an accepted extension, or empty when the extension is not accepted. */
    public static Optional<String> contentType(String fileName) {
        return Optional.ofNullable(CONTENT_TYPES.get(extension(fileName)));
    }

    /** Whether the bytes begin as the kind the name's extension says (a ZIP also names its main part). */
    public static boolean contentMatches(String fileName, byte[] content) {
        return switch (extension(fileName)) {
            case "pdf" -> startsWith(content, PDF);
            case "doc" -> startsWith(content, OLE2);
            case "docx" -> startsWith(content, ZIP) && contains(content, ascii("word/"));
            case "ofd" -> startsWith(content, ZIP) && contains(content, ascii("OFD.xml"));
            case "jpg", "jpeg" -> startsWith(content, JPEG);
            case "png" -> startsWith(content, PNG);
            default -> false;
        };
    }

    static String extension(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (content[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    /** A ZIP's entry names are stored in plain bytes (local headers and the central directory). */
    private static boolean contains(byte[] content, byte[] part) {
        outer:
        for (int i = 0; i + part.length <= content.length; i++) {
            for (int j = 0; j < part.length; j++) {
                if (content[i + j] != part[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }
}
