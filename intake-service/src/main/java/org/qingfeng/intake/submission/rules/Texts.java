package org.qingfeng.intake.submission.rules;

import java.text.Normalizer;
import org.jspecify.annotations.Nullable;

/**
 * How text from outside is taken in: normalised once to NFC, so the same words compare equal however
 * they were composed; and, in fields that name or reach a person, free of control characters and of
 * bidirectional overrides, which can make a name or number display as something it is not.
 */
public final class Texts {

    private Texts() {}

    /** NFC, stripped of surrounding white space; null stays null. */
    public static @Nullable String normalised(@Nullable String text) {
        return text == null
                ? null
                : Normalizer.normalize(text, Normalizer.Form.NFC).strip();
    }

    /** Whether {@code text} holds a control character (tabs and line breaks included) or a bidi control. */
    public static boolean hasControlOrBidi(String text) {
        return text.codePoints().anyMatch(Texts::isControlOrBidi);
    }

    /** Whether free text holds a control character other than tab and line breaks, or a bidi control. */
    public static boolean hasHiddenCharacters(String text) {
        return text.codePoints().anyMatch(c -> c != '\t' && c != '\n' && c != '\r' && isControlOrBidi(c));
    }

    private static boolean isControlOrBidi(int c) {
        return Character.getType(c) == Character.CONTROL
                || (c >= 0x202A && c <= 0x202E)
                || (c >= 0x2066 && c <= 0x2069)
                || c == 0x200E
                || c == 0x200F
                || c == 0x061C;
    }
}
