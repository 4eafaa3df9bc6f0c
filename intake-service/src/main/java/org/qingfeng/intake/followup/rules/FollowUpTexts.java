package org.qingfeng.intake.followup.rules;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.qingfeng.intake.rules.RulesViolated;
import org.qingfeng.intake.rules.Violation;
import org.qingfeng.intake.submission.rules.Texts;

/**
 * The texts of a follow-up: a question or an answer of 2 to 2000 characters, a confirmation's comment
 * of at most 2000; normalised once to NFC and stripped; line breaks and tabs allowed, other control
 * characters and bidirectional overrides refused. Lengths count code points, so a rare character
 * outside the basic plane counts once.
 */
public final class FollowUpTexts {

    public static final int MIN = 2;
    public static final int MAX = 2000;

    private FollowUpTexts() {}

    /** The normalised text of a question or an answer; {@link RulesViolated} naming {@code field}. */
    public static String required(String field, @Nullable String text) {
        String normalised = Texts.normalised(text);
        if (normalised == null || normalised.isEmpty()) {
            throw refused(field, "必填 / required");
        }
        check(field, normalised);
        if (length(normalised) < MIN) {
            throw refused(field, "至少 " + MIN + " 个字 / at least " + MIN + " characters");
        }
        return normalised;
    }

    /** The normalised optional comment, empty when absent or blank. */
    public static String optional(String field, @Nullable String text) {
        String normalised = Texts.normalised(text);
        if (normalised == null || normalised.isEmpty()) {
            return "";
        }
        check(field, normalised);
        return normalised;
    }

    private static void check(String field, String normalised) {
        if (Texts.hasHiddenCharacters(normalised)) {
            throw refused(field, "不能含控制字符或文字方向控制符 / must not contain control or bidirectional control characters");
        }
        if (length(normalised) > MAX) {
            throw refused(field, "不能超过 " + MAX + " 个字 / at most " + MAX + " characters");
        }
    }

    private static int length(String text) {
        return text.codePointCount(0, text.length());
    }

    private static RulesViolated refused(String field, String message) {
        return new RulesViolated(List.of(new Violation(field, message)));
    }
}
