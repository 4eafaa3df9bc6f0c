package org.qingfeng.localstack.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongFunction;
import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * Runs an asynchronous operation on a {@link Schedule} and measures each from its intended start,
 * not from when it was actually sent: that avoids coordinated omission. Only successes enter the
 * histogram (a fast refusal is no fast answer); failures are counted beside it.
 */
final class OpenLoop {

    private static final long HIGHEST_MICROS = TimeUnit.MINUTES.toMicros(2);

    private OpenLoop() {}

    /**
     * @param operation given the intended start ({@link System#nanoTime()}), completes with
     *     whether it succeeded
     */
    static LoadResult run(Schedule schedule, LongFunction<CompletableFuture<Boolean>> operation) {
        Histogram latencies = new ConcurrentHistogram(HIGHEST_MICROS, 3);
        AtomicLong succeeded = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        AtomicLong lastDone = new AtomicLong();
        List<CompletableFuture<?>> pending = new ArrayList<>();
        long start = System.nanoTime();
        for (long i = 0; i < schedule.operations(); i++) {
            long intended = start + schedule.dueAfterNanos(i);
            for (long wait = intended - System.nanoTime(); wait > 0; wait = intended - System.nanoTime()) {
                LockSupport.parkNanos(wait);
            }
            pending.add(operation.apply(intended).handle((ok, error) -> {
                long done = System.nanoTime();
                if (error == null && ok) {
                    latencies.recordValue(Math.min(HIGHEST_MICROS, (done - intended) / 1000));
                    succeeded.incrementAndGet();
                } else {
                    failed.incrementAndGet();
                }
                lastDone.accumulateAndGet(done, Math::max);
                return null;
            }));
        }
        CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new))
                .orTimeout(2, TimeUnit.MINUTES)
                .join();
        return new LoadResult(latencies, succeeded.get(), failed.get(), Duration.ofNanos(lastDone.get() - start));
    }
}
