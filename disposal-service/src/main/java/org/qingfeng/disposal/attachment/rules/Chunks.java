package org.qingfeng.disposal.attachment.rules;

import java.io.ByteArrayOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/** A file cut into pieces of a fixed size for the topic, and put together again only when it is whole and unchanged. */
public final class Chunks {

    private Chunks() {}

    /** The pieces in order; an empty file is one empty piece, so every file has at least one chunk. */
    public static List<byte[]> split(byte[] content, int size) {
        if (size <= 0) {
            throw new IllegalArgumentException("chunk size must be positive: " + size);
        }
        List<byte[]> pieces = new ArrayList<>();
        for (int from = 0; from < content.length; from += size) {
            byte[] piece = new byte[Math.min(size, content.length - from)];
            System.arraycopy(content, from, piece, 0, piece.length);
            pieces.add(piece);
        }
        if (pieces.isEmpty()) {
            pieces.add(new byte[0]);
        }
        return pieces;
    }

    /**
     * The pieces joined, or empty when the result is not {@code size} bytes long or its digest is not
     * {@code sha256}: a file is never handed out other than as it was uploaded.
     */
    public static Optional<byte[]> join(List<byte[]> pieces, long size, String sha256) {
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) Math.max(0, Math.min(size, Integer.MAX_VALUE)));
        pieces.forEach(out::writeBytes);
        byte[] content = out.toByteArray();
        return content.length == size && sha256(content).equalsIgnoreCase(sha256)
                ? Optional.of(content)
                : Optional.empty();
    }

    /** Lower-case hex SHA-256 of the bytes. */
    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
