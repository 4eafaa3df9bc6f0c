package org.qingfeng.intake.attachment.rules;

/** Unsigned reads of little- and big-endian integers, as the file formats store them. */
final class Bytes {

    private Bytes() {}

    static int u16le(byte[] b, int at) {
        return (b[at] & 0xFF) | (b[at + 1] & 0xFF) << 8;
    }

    static long u32le(byte[] b, int at) {
        return (u16le(b, at) | (long) u16le(b, at + 2) << 16) & 0xFFFFFFFFL;
    }

    static int u16be(byte[] b, int at) {
        return (b[at] & 0xFF) << 8 | (b[at + 1] & 0xFF);
    }

    static long u32be(byte[] b, int at) {
        return ((long) u16be(b, at) << 16 | u16be(b, at + 2)) & 0xFFFFFFFFL;
    }

    static void putU32le(byte[] b, int at, long value) {
        for (int i = 0; i < 4; i++) {
            b[at + i] = (byte) (value >>> (8 * i));
        }
    }
}
