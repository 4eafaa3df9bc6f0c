package org.qingfeng.auth.signin.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.qingfeng.auth.signin.rules.Lockout.Attempts;

class LockoutTests {

    private final Lockout lockout =
            new Lockout(Duration.ofMillis(250), Duration.ofSeconds(4), 5, Duration.ofMinutes(15));
    private final Instant now = Instant.parse("2026-03-02T01:00:00Z");

    @Test
    void theWaitDoublesWithEachFailureUpToTheCap() {
        assertThat(lockout.delayAfter(1)).isEqualTo(Duration.ofMillis(250));
        assertThat(lockout.delayAfter(2)).isEqualTo(Duration.ofMillis(500));
        assertThat(lockout.delayAfter(5)).isEqualTo(Duration.ofSeconds(4));
        assertThat(lockout.delayAfter(6)).isEqualTo(Duration.ofSeconds(4));
        assertThat(lockout.delayAfter(10_000)).isEqualTo(Duration.ofSeconds(4));
        assertThat(lockout.delayAfter(0)).isZero();
    }

    @Test
    void theFifthConsecutiveFailureLocksForFifteenMinutes() {
        Attempts attempts = Attempts.NONE;
        for (int i = 0; i < 4; i++) {
            attempts = attempts.failed(now, lockout);
        }
        assertThat(attempts.lockedAt(now)).isFalse();

        attempts = attempts.failed(now, lockout);

        assertThat(attempts.lockedAt(now)).isTrue();
        assertThat(attempts.lockedAt(now.plus(Duration.ofMinutes(15)).minusSeconds(1)))
                .isTrue();
        assertThat(attempts.lockedAt(now.plus(Duration.ofMinutes(15)))).isFalse();
    }

    @Test
    void aFailureAfterAnExpiredLockLocksAgainAtOnce() {
        Attempts locked = new Attempts(5, now);
        Instant later = now.plus(Duration.ofMinutes(1));

        Attempts again = locked.failed(later, lockout);

        assertThat(again.lockedUntil()).isEqualTo(later.plus(Duration.ofMinutes(15)));
    }
}
