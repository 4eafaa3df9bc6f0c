package org.qingfeng.intake.attachment.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A file cut into pieces small enough for one Kafka record each, and put together again. */
public final class Chunks {

    private Chunks() {}

    /** At least one piece, each {@code size} bytes but the last. */
    public static List<byte[]> split(byte[] content, int size) {
        if (size < 1) {
            throw new IllegalArgumentException("chunk size must be positive");
        }
        List<byte[]> pieces = new ArrayList<>(content.length / size + 1);
        for (int from = 0; from < content.length || pieces.isEmpty(); from += size) {
            pieces.add(Arrays.copyOfRange(content, from, Math.min(content.length, from + size)));
        }
        return pieces;
    }

    public static byte[] join(List<byte[]> pieces) {
        int length = pieces.stream().mapToInt(p -> p.length).sum();
        byte[] whole = new byte[length];
        int at = 0;
        for (byte[] piece : pieces) {
            System.arraycopy(piece, 0, whole, at, piece.length);
            at += piece.length;
        }
        return whole;
    }
}
