package org.qingfeng.localstack.bench;

import java.time.Duration;
import org.HdrHistogram.Histogram;

/**
 * One measured run: latencies in microseconds from each operation's intended start.
 *
 * @param elapsed from the first intended start to the last completion
 */
record LoadResult(Histogram latencies, long succeeded, long failed, Duration elapsed) {

    double throughputPerSecond() {
        return elapsed.isZero() ? 0 : succeeded * 1_000_000_000.0 / elapsed.toNanos();
    }

    double percentileMillis(double percentile) {
        return latencies.getTotalCount() == 0 ? Double.NaN : latencies.getValueAtPercentile(percentile) / 1000.0;
    }

    double maxMillis() {
        return latencies.getTotalCount() == 0 ? Double.NaN : latencies.getMaxValue() / 1000.0;
    }
}
