package org.qingfeng.disposal.notice;

import java.nio.ByteBuffer;

/**
 * One face of a TrueType collection (.ttc) as a standalone .ttf: OFD embeds a font file, and a
 * reader expects a single font there. The tables are copied as they are, so their checksums hold.
 */
final class TrueTypeCollection {

    private TrueTypeCollection() {}

    static byte[] face(byte[] collection, int index) {
        ByteBuffer in = ByteBuffer.wrap(collection);
        if (in.getInt(0) != 0x74746366) {
            return collection;
        }
        int faces = in.getInt(8);
        if (index < 0 || index >= faces) {
            throw new IllegalArgumentException("the collection has " + faces + " faces, not " + (index + 1));
        }
        int directory = in.getInt(12 + 4 * index);
        int tables = Short.toUnsignedInt(in.getShort(directory + 4));
        int headerSize = 12 + 16 * tables;
        int size = headerSize;
        for (int t = 0; t < tables; t++) {
            size += padded(in.getInt(directory + 12 + 16 * t + 12));
        }
        ByteBuffer out = ByteBuffer.allocate(size);
        out.put(collection, directory, 12);
        int offset = headerSize;
        for (int t = 0; t < tables; t++) {
            int record = directory + 12 + 16 * t;
            int from = in.getInt(record + 8);
            int length = in.getInt(record + 12);
            out.put(12 + 16 * t, collection, record, 8);
            out.putInt(12 + 16 * t + 8, offset);
            out.putInt(12 + 16 * t + 12, length);
            out.put(offset, collection, from, length);
            offset += padded(length);
        }
        return out.array();
    }

    private static int padded(int length) {
        return (length + 3) & ~3;
    }
}
