package org.qingfeng.intake.reviewer.rules;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.qingfeng.intake.rules.RulesViolated;
import org.qingfeng.intake.rules.Violation;
import org.qingfeng.intake.submission.rules.Texts;

/**
 * A reviewer's names as they are compared: full-width forms folded (NFKC), letters upper-cased, and
 * everything that is not a letter, digit or mark dropped, so that "张 三", "张三" and "买买提·艾力"
 * against "买买提艾力" compare equal. The same form is taken of every candidate drawn from an item
 * ({@link NameCandidates}), so both sides of a comparison are made alike.
 */
public final class PersonNames {

    public static final int MAX_NAMES = 20;
    public static final int MIN_LENGTH = 2;
    public static final int MAX_LENGTH = 20;

    private static final String REQUIRED = "必填 / required";
    private static final String HIDDEN = "含有控制字符或文字方向控制符 / contains control characters or bidirectional overrides";
    private static final String LENGTH = "须为 2 到 20 个字 / must be 2 to 20 characters";

    private PersonNames() {}

    /**
     * The distinct comparable forms of {@code names}, or {@link RulesViolated} naming each bad entry
     * ({@code names[i]}) or the list ({@code names}). An empty list is allowed: it clears the names.
     */
    public static List<String> check(@Nullable List<@Nullable String> names) {
        if (names == null) {
            throw new RulesViolated(List.of(new Violation("names", REQUIRED)));
        }
        if (names.size() > MAX_NAMES) {
            throw new RulesViolated(List.of(new Violation("names", "最多 20 个姓名 / at most 20 names")));
        }
        List<Violation> violations = new ArrayList<>();
        Set<String> comparable = new LinkedHashSet<>();
        for (int i = 0; i < names.size(); i++) {
            String field = "names[" + i + "]";
            String name = Texts.normalised(names.get(i));
            if (name == null || name.isEmpty()) {
                violations.add(new Violation(field, REQUIRED));
            } else if (Texts.hasControlOrBidi(name)) {
                violations.add(new Violation(field, HIDDEN));
            } else if (outside(length(name)) || outside(length(comparable(name)))) {
                violations.add(new Violation(field, LENGTH));
            } else {
                comparable.add(comparable(name));
            }
        }
        if (!violations.isEmpty()) {
            throw new RulesViolated(violations);
        }
        return List.copyOf(comparable);
    }

    /** NFKC, upper case, letters, digits and marks only. */
    public static String comparable(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toUpperCase(Locale.ROOT);
        StringBuilder kept = new StringBuilder(folded.length());
        folded.codePoints().filter(PersonNames::isNamePart).forEach(kept::appendCodePoint);
        return kept.toString();
    }

    /** Letters, digits and combining marks: what a name is made of; anything else separates. */
    static boolean isNamePart(int c) {
        int type = Character.getType(c);
        return Character.isLetterOrDigit(c)
                || type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    static int length(String text) {
        return text.codePointCount(0, text.length());
    }

    private static boolean outside(int length) {
        return length < MIN_LENGTH || length > MAX_LENGTH;
    }
}
