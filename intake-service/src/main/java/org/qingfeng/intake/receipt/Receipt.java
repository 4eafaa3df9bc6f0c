package org.qingfeng.intake.receipt;

import java.security.SecureRandom;
import java.util.Optional;

/**
 * What a submitter keeps to follow an item up later: 120 random bits in 24 Crockford base32 symbols.
 * The first 8 symbols (40 bits) are the locator, by which the item is found; the other 16 (80 bits)
 * are the secret, which only a slow hash checks. The receipt itself never reaches a log, a URL, a
 * topic or a collection.
 *
 * @param value 24 symbols, canonical: upper-case, no separators
 */
public record Receipt(String value) {

    static final int RANDOM_BYTES = 15;
    static final int LENGTH = 24;
    static final int LOCATOR = 8;
    private static final int GROUP = 4;

    public Receipt {
        if (value.length() != LENGTH || !value.chars().allMatch(c -> CrockfordBase32.isSymbol((char) c))) {
            throw new IllegalArgumentException("not a canonical receipt");
        }
    }

    public static Receipt issue(SecureRandom random) {
        byte[] bits = new byte[RANDOM_BYTES];
        random.nextBytes(bits);
        return of(bits);
    }

    /** The receipt of the first 15 bytes of {@code bits}, which must be uniformly random. */
    static Receipt of(byte[] bits) {
        return new Receipt(CrockfordBase32.encode(java.util.Arrays.copyOf(bits, RANDOM_BYTES)));
    }

    /** The part that finds the item: 40 bits, looked up by its keyed digest. */
    public String locator() {
        return value.substring(0, LOCATOR);
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
