package org.qingfeng.localstack.bench;

import java.time.Duration;

/**
 * A constant arrival rate: operation {@code i} is due at {@code i / rate} seconds after the start,
 * whatever happened to the ones before (open loop), so a slow answer cannot hide the ones after it.
 */
record Schedule(int rate, Duration duration) {

    long operations() {
        return rate * duration.toNanos() / 1_000_000_000L;
    }

    long dueAfterNanos(long operation) {
        return operation * 1_000_000_000L / rate;
    }
}
