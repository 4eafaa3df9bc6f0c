package org.qingfeng.auth.signin.rules;

import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * The price of a wrong password: a wait before the answer that doubles with each consecutive
 * failure up to {@code maxDelay}, and after {@code maxFailures} a lock of {@code lockFor}. A lock
 * that has run out leaves the count as it was, so that each further wrong password locks again at
 * once: after the first round a guesser gets one try per lock. A success resets both.
 */
public record Lockout(Duration firstDelay, Duration maxDelay, int maxFailures, Duration lockFor) {

    public Lockout {
        if (firstDelay.isNegative() || maxDelay.compareTo(firstDelay) < 0) {
            throw new IllegalArgumentException("The delays must be 0 <= first-delay <= max-delay");
        }
        if (maxFailures < 1 || lockFor.isNegative() || lockFor.isZero()) {
            throw new IllegalArgumentException("max-failures must be at least 1 and lock-for positive");
        }
    }

    /** The wait before answering the {@code failures}-th consecutive failure (counted from one). */
    public Duration delayAfter(int failures) {
        if (failures < 1) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - 1, 30);
        Duration delay = firstDelay.multipliedBy(1L << doublings);
        return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
    }

    /** Whether the {@code failures}-th consecutive failure locks the account. */
    public boolean locks(int failures) {
        return failures >= maxFailures;
    }

    public Instant lockedUntil(Instant now) {
        return now.plus(lockFor);
    }

    public static boolean isLocked(@Nullable Instant lockedUntil, Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /** One account's standing: consecutive failures and the lock, if any. */
    public record Attempts(int failures, @Nullable Instant lockedUntil) {

        public static final Attempts NONE = new Attempts(0, null);

        public boolean lockedAt(Instant now) {
            return isLocked(lockedUntil, now);
        }

        /** The standing after one more wrong password at {@code now}. */
        public Attempts failed(Instant now, Lockout policy) {
            int count = failures + 1;
            return new Attempts(count, policy.locks(count) ? policy.lockedUntil(now) : lockedUntil);
        }
    }
}
