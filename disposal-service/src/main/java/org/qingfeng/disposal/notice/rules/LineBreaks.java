package org.qingfeng.disposal.notice.rules;

/**
 * Where a line of Chinese text may break (避头尾): never before a closing punctuation mark such as
 * "，" or "。", never after an opening one such as "（" or "《", and never inside a run of Latin
 * letters or digits ("2026", "D03"). Official documents are typeset this way; a comma at the start
 * of a line is the first thing a reader of a notice would notice.
 */
public final class LineBreaks {

    private static final String NO_BREAK_BEFORE = "，。、；：？！）》」』”’〕】…—·％%,.;:?!)]";
    private static final String NO_BREAK_AFTER = "（《「『“‘〔【([";

    private LineBreaks() {}

    /** Whether a line may end between {@code before} and {@code after}. */
    public static boolean mayBreakBetween(int before, int after) {
        if (NO_BREAK_BEFORE.indexOf(after) >= 0 || NO_BREAK_AFTER.indexOf(before) >= 0) {
            return false;
        }
        return !(latin(before) && latin(after));
    }

    /** Whether a line may start with {@code codePoint}. */
    public static boolean mayStartLine(int codePoint) {
        return NO_BREAK_BEFORE.indexOf(codePoint) < 0;
    }

    private static boolean latin(int c) {
        return c < 0x80 && Character.isLetterOrDigit(c);
    }
}
