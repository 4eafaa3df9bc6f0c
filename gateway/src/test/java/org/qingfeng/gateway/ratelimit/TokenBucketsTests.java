package org.qingfeng.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class TokenBucketsTests {

    private final AtomicLong now = new AtomicLong(1_000_000L);
    private final TokenBuckets buckets = new TokenBuckets(10, now::get);

    @Test
    void letsABurstOfTheMinutesRateThroughThenRefusesWithTheWaitForTheNextToken() {
        for (int i = 0; i < 10; i++) {
            assertThat(buckets.take("a").allowed()).as("request %d", i + 1).isTrue();
        }

        TokenBuckets.Outcome refused = buckets.take("a");

        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfter()).isEqualTo(Duration.ofSeconds(6));
    }

    @Test
    void earnsTokensBackEvenlyOverTheMinute() {
        for (int i = 0; i < 10; i++) {
            buckets.take("a");
        }
        now.addAndGet(Duration.ofSeconds(5).toNanos());
        assertThat(buckets.take("a").allowed()).isFalse();

        now.addAndGet(Duration.ofSeconds(1).toNanos());

        assertThat(buckets.take("a").allowed()).isTrue();
        assertThat(buckets.take("a").allowed()).isFalse();
    }

    @Test
    void keepsEachKeyInItsOwnBucket() {
        for (int i = 0; i < 10; i++) {
            buckets.take("a");
        }

        assertThat(buckets.take("a").allowed()).isFalse();
        assertThat(buckets.take("b").allowed()).isTrue();
    }

    @Test
    void refusesARateBelowOneAMinute() {
        assertThatThrownBy(() -> new TokenBuckets(0, now::get)).isInstanceOf(IllegalArgumentException.class);
    }
}
