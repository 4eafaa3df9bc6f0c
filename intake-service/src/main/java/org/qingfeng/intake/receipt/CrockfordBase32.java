package org.qingfeng.intake.receipt;

/**
 * Crockford's base32: digits and upper-case letters without I, L, O and U, so that a receipt read
 * aloud or typed by hand is hard to get wrong.
 */
final class CrockfordBase32 {

    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    private CrockfordBase32() {}

    /** The bits of {@code bytes}, five at a time from the most significant, the last group padded with zeros. */
    static String encode(byte[] bytes) {
        StringBuilder out = new StringBuilder((bytes.length * 8 + 4) / 5);
        int buffer = 0;
        int bits = 0;
        for (byte b : bytes) {
            buffer = (buffer << 8) | (b & 0xFF);
            bits += 8;
            while (bits >= 5) {
                bits -= 5;
                out.append(ALPHABET.charAt((buffer >> bits) & 0x1F));
            }
        }
        if (bits > 0) {
            out.append(ALPHABET.charAt((buffer << (5 - bits)) & 0x1F));
        }
        return out.toString();
    }

    /** Upper-case, and the letters people confuse with digits read as those digits. */
    static char canonical(char c) {
        char upper = Character.toUpperCase(c);
        return switch (upper) {
            case 'I', 'L' -> '1';
            case 'O' -> '0';
            default -> upper;
        };
    }

    static boolean isSymbol(char c) {
        return ALPHABET.indexOf(c) >= 0;
    }
}
