package org.qingfeng.gateway.ratelimit;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Token buckets by key, in memory: each key may spend {@code capacity} requests at once and earns
 * them back evenly over a period (a minute unless said otherwise). Plain Java with the time as a supplier of nanoseconds, so tests
 * drive it. Buckets that are full again are forgotten when there are many, so an address seen once
 * costs memory only for a minute.
 */
final class TokenBuckets {

    /** Taken, or refused with how long until the next request would be let through. */
    record Outcome(boolean allowed, Duration retryAfter) {}

    private static final int FORGET_ABOVE = 10_000;
    /** Refills are fractions of a token: a wait computed to the nanosecond must not fall short by rounding. */
    private static final double ROUNDING = 1e-9;

    private final double capacity;
    private final double tokensPerNano;
    private final LongSupplier nanos;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    private static final class Bucket {
        double tokens;
        long updated;

        Bucket(double tokens, long updated) {
            this.tokens = tokens;
            this.updated = updated;
        }
    }

    TokenBuckets(int perMinute, LongSupplier nanos) {
        this(perMinute, Duration.ofMinutes(1), nanos);
    }

    TokenBuckets(int capacity, Duration period, LongSupplier nanos) {
        if (capacity < 1) {
            throw new IllegalArgumentException("a rate limit needs at least one request a period: " + capacity);
        }
        this.capacity = capacity;
        this.tokensPerNano = capacity / (double) period.toNanos();
        this.nanos = nanos;
    }

    /** Spends one request if the key has one left. */
    Outcome take(String key) {
        return use(key, true);
    }

    /** Whether the key has a request left, without spending it (the spending comes later, on failure). */
    Outcome check(String key) {
        return use(key, false);
    }

    /** Spends one request whatever is left: a failure that already happened is always counted. */
    void spend(String key) {
        Bucket bucket = bucketOf(key, nanos.getAsLong());
        synchronized (bucket) {
            bucket.tokens = Math.max(0, bucket.tokens - 1);
        }
    }

    private Outcome use(String key, boolean spending) {
        Bucket bucket = bucketOf(key, nanos.getAsLong());
        synchronized (bucket) {
            if (bucket.tokens >= 1 - ROUNDING) {
                if (spending) {
                    bucket.tokens = Math.max(0, bucket.tokens - 1);
                }
                return new Outcome(true, Duration.ZERO);
            }
            long wait = (long) Math.ceil((1 - bucket.tokens) / tokensPerNano);
            return new Outcome(false, Duration.ofNanos(wait));
        }
    }

    private Bucket bucketOf(String key, long now) {
        if (buckets.size() > FORGET_ABOVE) {
            forgetFull(now);
        }
        Bucket bucket = buckets.computeIfAbsent(key, k -> new Bucket(capacity, now));
        synchronized (bucket) {
            refill(bucket, now);
        }
        return bucket;
    }

    int size() {
        return buckets.size();
    }

    private void refill(Bucket bucket, long now) {
        bucket.tokens = Math.min(capacity, bucket.tokens + (now - bucket.updated) * tokensPerNano);
        bucket.updated = now;
    }

    private void forgetFull(long now) {
        buckets.entrySet().removeIf(entry -> {
            Bucket bucket = entry.getValue();
            synchronized (bucket) {
                refill(bucket, now);
                return bucket.tokens >= capacity - ROUNDING;
            }
        });
    }
}
