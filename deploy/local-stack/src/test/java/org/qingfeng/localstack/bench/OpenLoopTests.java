package org.qingfeng.localstack.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class OpenLoopTests {

    @Test
    void startsEveryOperationOnScheduleAndCountsFailuresApart() {
        AtomicLong started = new AtomicLong();

        LoadResult result = OpenLoop.run(new Schedule(200, Duration.ofMillis(100)), intended -> {
            boolean ok = started.incrementAndGet() % 4 != 0;
            return CompletableFuture.completedFuture(ok);
        });

        assertThat(started).hasValue(20);
        assertThat(result.succeeded()).isEqualTo(15);
        assertThat(result.failed()).isEqualTo(5);
        assertThat(result.latencies().getTotalCount()).isEqualTo(15);
    }

    @Test
    void recordsEachLatencyUntilTheAnswerCame() {
        LoadResult result = OpenLoop.run(
                new Schedule(50, Duration.ofMillis(100)),
                intended -> CompletableFuture.supplyAsync(
                        () -> true, CompletableFuture.delayedExecutor(20, TimeUnit.MILLISECONDS)));

        assertThat(result.succeeded()).isEqualTo(5);
        assertThat(result.percentileMillis(0)).isGreaterThanOrEqualTo(20.0);
    }
}
