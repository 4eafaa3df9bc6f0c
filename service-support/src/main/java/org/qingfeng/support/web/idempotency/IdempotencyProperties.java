package org.qingfeng.support.web.idempotency;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The {@code Idempotency-Key} contract of a service, under {@code qingfeng.idempotency.*}.
 *
 * @param enabled whether a POST carrying the header is answered once and replayed after
 * @param ttl how long a key is remembered after its first use
 * @param inProgressLease how long a claimed key counts as in progress; after that (the instance
 *     that claimed it is presumed dead) a retry may run the request again
 * @param excludePaths Ant patterns of paths (inside the context path) the filter leaves alone
 * @param sweepInterval how often expired keys are deleted
 * @param sweepBatch how many expired keys one delete takes at most
 * @param maxStoredAnswer a larger answer is not kept (the key is released instead)
 */
@ConfigurationProperties("qingfeng.idempotency")
public record IdempotencyProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("24h") Duration ttl,
        @DefaultValue("2m") Duration inProgressLease,
        @DefaultValue List<String> excludePaths,
        @DefaultValue("10m") Duration sweepInterval,
        @DefaultValue("500") int sweepBatch,
        @DefaultValue("256KB") DataSize maxStoredAnswer) {

    public IdempotencyProperties {
        positive(ttl, "ttl");
        positive(inProgressLease, "in-progress-lease");
        positive(sweepInterval, "sweep-interval");
        if (sweepBatch < 1) {
            throw new IllegalArgumentException("qingfeng.idempotency.sweep-batch must be positive");
        }
        excludePaths = List.copyOf(excludePaths);
    }

    private static void positive(Duration value, String name) {
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException("qingfeng.idempotency." + name + " must be positive");
        }
    }
}
