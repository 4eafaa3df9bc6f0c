package org.qingfeng.analysis.period.rules;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.qingfeng.analysis.rules.Violation;

/** A reopening must say why, in at least {@value #MIN_LENGTH} characters: it changes published figures. */
public final class ReopenReason {

    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 2000;

    private ReopenReason() {}

    /** The broken rule, if the reason breaks one; characters are counted as code points, trimmed. */
    public static Optional<Violation> check(@Nullable String reason) {
        int length = reason == null
                ? 0
                : reason.strip().codePointCount(0, reason.strip().length());
        if (length < MIN_LENGTH) {
            return Optional.of(
                    new Violation("reason", "重新打开须说明理由，至少10个字 / a reopening needs a reason of at least 10 characters"));
        }
        if (length > MAX_LENGTH) {
            return Optional.of(new Violation("reason", "理由不超过2000字 / the reason takes at most 2000 characters"));
        }
        return Optional.empty();
    }
}
