package org.qingfeng.intake.submission;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.qingfeng.intake.rules.RulesViolated;
import org.qingfeng.intake.rules.Violation;
import org.qingfeng.support.security.Actor;

/**
 * The {@code Idempotency-Key} header of a submission over HTTP: 1 to 255 visible ASCII characters,
 * scoped to the caller, so two senders choosing the same key never meet.
 */
public final class IdempotencyKeys {

    public static final String HEADER = "Idempotency-Key";
    private static final int MAX_LENGTH = 255;

    private IdempotencyKeys() {}

    /** The idempotency scope of a request from {@code actor}, or null when it carries no key. */
    public static @Nullable String scope(String channel, Actor actor, @Nullable String key) {
        if (key == null) {
            return null;
        }
        if (key.isEmpty() || key.length() > MAX_LENGTH || !key.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw new RulesViolated(List.of(
                    new Violation(HEADER, "须为 1 到 255 个可见 ASCII 字符 / must be 1 to 255 visible ASCII characters")));
        }
        return channel + ":" + (actor.isAnonymous() ? "anonymous" : actor.subject()) + ":" + key;
    }
}
