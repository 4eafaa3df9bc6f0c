package org.qingfeng.support.web.idempotency;

import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * What a retry must repeat to be the same request: the SHA-256 of its media type, query string and
 * body. A multipart body is fingerprinted by its parts (name, file name, type, content), not its
 * raw bytes, whose boundary a client may choose afresh on every retry; a form by its parameters.
 */
final class Fingerprints {

    private Fingerprints() {}

    static String ofBody(@Nullable String mediaType, @Nullable String query, byte[] body) {
        MessageDigest digest = start("body", mediaType, query);
        digest.update(body);
        return HexFormat.of().formatHex(digest.digest());
    }

    static String ofParts(@Nullable String query, Collection<Part> parts) throws IOException {
        MessageDigest digest = start("multipart", "multipart/form-data", query);
        for (Part part : parts) {
            field(digest, part.getName());
            field(digest, part.getSubmittedFileName());
            field(digest, part.getContentType());
            field(digest, Long.toString(part.getSize()));
            try (InputStream in = part.getInputStream()) {
                byte[] buffer = new byte[8192];
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    digest.update(buffer, 0, n);
                }
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    static String ofParameters(Map<String, String[]> parameters) {
        MessageDigest digest = start("form", "application/x-www-form-urlencoded", null);
        for (Map.Entry<String, String[]> parameter : new TreeMap<>(parameters).entrySet()) {
            field(digest, parameter.getKey());
            for (String value : parameter.getValue()) {
                field(digest, value);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest start(String kind, @Nullable String mediaType, @Nullable String query) {
        MessageDigest digest = IdempotencyKeys.sha256();
        field(digest, kind);
        field(digest, mediaType);
        field(digest, query);
        return digest;
    }

    /** Length-prefixed, so that no two sequences of fields run together into the same bytes. */
    private static void field(MessageDigest digest, @Nullable String value) {
        if (value == null) {
            digest.update((byte) 0);
            return;
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        digest.update((byte) 1);
        digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
        digest.update((byte) ':');
        digest.update(bytes);
    }
}
