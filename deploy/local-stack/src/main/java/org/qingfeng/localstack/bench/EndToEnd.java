package org.qingfeng.localstack.bench;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.HdrHistogram.Histogram;
import org.jspecify.annotations.Nullable;

/** Submit-to-case latency: from each accepted immediate item's intended start to when its disposal case opened. */
final class EndToEnd {

    private static final long HIGHEST_MICROS = Duration.ofMinutes(5).toNanos() / 1000;

    private EndToEnd() {}

    /** Items without a case count as failed; the throughput is over first start to last case. */
    static LoadResult of(Map<UUID, Long> intendedStart, Function<UUID, @Nullable Long> seenAt) {
        Histogram latencies = new Histogram(HIGHEST_MICROS, 3);
        long missing = 0;
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        for (Map.Entry<UUID, Long> item : intendedStart.entrySet()) {
            Long seen = seenAt.apply(item.getKey());
            first = Math.min(first, item.getValue());
            if (seen == null) {
                missing++;
                continue;
            }
            last = Math.max(last, seen);
            latencies.recordValue(Math.min(HIGHEST_MICROS, (seen - item.getValue()) / 1000));
        }
        Duration elapsed = last == Long.MIN_VALUE ? Duration.ZERO : Duration.ofNanos(last - first);
        return new LoadResult(latencies, latencies.getTotalCount(), missing, elapsed);
    }
}
