package org.qingfeng.analysis.triage.rules;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Codes (offices, risk points, nodes) are short and plain, so they can sit in keys and audit entries. */
public final class ShortCodes {

    public static final int MAX_LENGTH = 64;

    static final String MESSAGE = "须为不超过 " + MAX_LENGTH + " 位的字母、数字、点、横线或下划线 / must be at most " + MAX_LENGTH
            + " letters, digits, dots, hyphens or underscores";

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9._-]{1," + MAX_LENGTH + "}");

    private ShortCodes() {}

    public static boolean valid(@Nullable String code) {
        return code != null && CODE.matcher(code).matches();
    }
}
