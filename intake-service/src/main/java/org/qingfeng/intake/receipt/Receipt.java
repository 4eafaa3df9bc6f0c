package org.qingfeng.intake.receipt;

import java.security.SecureRandom;
import java.util.Optional;

/**
 * What a submitter keeps to ask for the status of an item later: 128 random bits in Crockford
 * base32. Only its keyed digest is stored; the receipt itself never reaches a log, a URL or a topic.
 *
 * @param value 26 symbols, canonical: upper-case, no separators
 */
public record Receipt(String value) {

    static final int RANDOM_BYTES = 16;
    static final int LENGTH = 26;
    private static final int GROUP = 4;

    public Receipt {
        if (value.length() != LENGTH || !value.chars().allMatch(c -> CrockfordBase32.isSymbol((char) c))) {
            throw new IllegalArgumentException("not a canonical receipt");
        }
    }

    public static Receipt issue(SecureRandom random) {
        byte[] bits = new byte[RANDOM_BYTES];
        random.nextBytes(bits);
        return new Receipt(CrockfordBase32.encode(bits));
    }

    /** A receipt as a person typed it: any case, with or without dashes and spaces. */
    public static Optional<Receipt> parse(String typed) {
        StringBuilder canonical = new StringBuilder(LENGTH);
        for (char c : typed.toCharArray()) {
            if (c != '-' && !Character.isWhitespace(c)) {
                canonical.append(CrockfordBase32.canonical(c));
            }
        }
        String value = canonical.toString();
        if (value.length() != LENGTH || !value.chars().allMatch(c -> CrockfordBase32.isSymbol((char) c))) {
            return Optional.empty();
        }
        return Optional.of(new Receipt(value));
    }

    /** As shown to the submitter: groups of four joined by dashes, such as {@code 7Q2M-…}. */
    public String display() {
        StringBuilder out = new StringBuilder(LENGTH + LENGTH / GROUP);
        for (int i = 0; i < LENGTH; i += GROUP) {
            if (i > 0) {
                out.append('-');
            }
            out.append(value, i, Math.min(i + GROUP, LENGTH));
        }
        return out.toString();
    }

    /** Never the value: a receipt that slips into a log line must not give the item away. */
    @Override
    public String toString() {
        return "Receipt[redacted]";
    }
}
