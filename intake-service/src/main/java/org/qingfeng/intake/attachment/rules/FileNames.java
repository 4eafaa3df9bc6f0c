package org.qingfeng.intake.attachment.rules;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** File names as sent and as served: reduced, checked, and given the extension their content deserves. */
public final class FileNames {

    static final int MAX_LENGTH = 255;
    static final String UNNAMED = "attachment";

    /** Names that would make a file run, or be rendered as a page, when opened. */
    private static final Set<String> ACTIVE_EXTENSIONS = Set.of(
            "exe", "dll", "com", "scr", "pif", "bat", "cmd", "ps1", "vbs", "vbe", "js", "jse", "mjs", "wsf", "wsh",
            "hta", "msi", "msp", "jar", "class", "sh", "bash", "apk", "lnk", "reg", "cpl", "chm", "html", "htm",
            "xhtml", "shtml", "mht", "mhtml", "svg", "svgz", "xml", "xsl", "php", "jsp", "asp", "aspx", "swf", "py",
            "pl", "docm", "xlsm", "pptm", "dotm", "xltm");

    private static final String ATTR_CHARS = "!#$&+-.^_`|~";

    private FileNames() {}

    /** The last segment of a path, normalised; {@code attachment} when nothing is left. */
    public static String reduced(String sent) {
        String name = sent;
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = Normalizer.normalize(name.substring(slash + 1), Normalizer.Form.NFC)
                .strip();
        return name.isEmpty() ? UNNAMED : name;
    }

    /** Control or format characters (bidirectional overrides among them) would disguise a name. */
    public static boolean disguised(String name) {
        return name.length() > MAX_LENGTH
                || name.codePoints().anyMatch(c -> {
                    int type = Character.getType(c);
                    return type == Character.CONTROL || type == Character.FORMAT;
                });
    }

    public static boolean active(String name) {
        return extension(name).filter(ACTIVE_EXTENSIONS::contains).isPresent();
    }

    /** The name with an extension of its kind: {@code photo.jpg} stays, {@code photo.jpg} holding a PNG becomes {@code photo.jpg.png}. */
    public static String served(String name, FileKind kind) {
        return extension(name).filter(kind.extensions()::contains).isPresent()
                ? name
                : name + "." + kind.extensions().get(0);
    }

    /** {@code attachment; filename*=UTF-8''…} (RFC 6266 and 8187): any name, safely quoted. */
    public static String contentDisposition(String name) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            if ((c >= 'a' && c <= 'z')
                    || (c >= 'A' && c <= 'Z')
                    || (c >= '0' && c <= '9')
                    || ATTR_CHARS.indexOf(c) >= 0) {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(String.format(Locale.ROOT, "%02X", c));
            }
        }
        return "attachment; filename*=UTF-8''" + encoded;
    }

    private static Optional<String> extension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? Optional.empty() : Optional.of(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }
}
