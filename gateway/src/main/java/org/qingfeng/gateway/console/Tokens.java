package org.qingfeng.gateway.console;

/**
 * An informant's pseudonymous token as a person reads it in a table: the prefix and the first and
 * last four characters, enough to tell rows apart and to match a printed roster.
 */
public final class Tokens {

    private static final String PREFIX = "inf-";
    private static final int KEPT = 4;

    private Tokens() {}

    public static String shorten(String token) {
        String body = token.startsWith(PREFIX) ? token.substring(PREFIX.length()) : token;
        if (body.length() <= 2 * KEPT + 1) {
            return token;
        }
        String prefix = token.startsWith(PREFIX) ? PREFIX : "";
        return prefix + body.substring(0, KEPT) + "…" + body.substring(body.length() - KEPT);
    }
}
