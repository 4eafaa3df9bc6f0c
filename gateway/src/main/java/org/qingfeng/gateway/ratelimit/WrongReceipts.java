package org.qingfeng.gateway.ratelimit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Optional;
import java.util.function.LongSupplier;
import org.jspecify.annotations.Nullable;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.server.ServerWebExchange;

/**
 * The stricter limit on receipts that do not exist: a receipt has 120 bits, so guessing one is
 * hopeless, but every wrong try still costs intake a slow hash. Each client address may be wrong
 * {@code wrong-receipts-per-hour} times; after that, every receipt look-up from it is refused until
 * the hour has given one back. Only failures spend: a person who types their receipt right is
 * never slowed. The address keys a bucket in memory and is never logged or tagged.
 */
public final class WrongReceipts {

    private final TokenBuckets buckets;
    private final ClientAddress addresses;
    private final Counter refused;

    WrongReceipts(RateLimitSettings settings, MeterRegistry meters, LongSupplier nanos) {
        this.buckets = new TokenBuckets(settings.wrongReceiptsPerHour(), Duration.ofHours(1), nanos);
        this.addresses = new ClientAddress(settings.trustedProxies());
        this.refused = Counter.builder("gateway.rate.limited")
                .description("Requests refused with 429 by the gateway's rate limits")
                .tag("route-kind", "wrong-receipt")
                .register(meters);
    }

    /** How long the exchange's address must wait before it may look up a receipt again, if at all. */
    public Optional<Duration> refusal(ServerWebExchange exchange) {
        TokenBuckets.Outcome outcome = buckets.check(addressOf(exchange.getRequest()));
        if (outcome.allowed()) {
            return Optional.empty();
        }
        refused.increment();
        return Optional.of(outcome.retryAfter());
    }

    /** Records that the exchange's address named a receipt that does not exist. */
    public void failed(ServerWebExchange exchange) {
        buckets.spend(addressOf(exchange.getRequest()));
    }

    /** Whole seconds, rounded up and at least one, for {@code Retry-After}. */
    public static long seconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }

    String addressOf(ServerHttpRequest request) {
        return addresses.of(peerOf(request), request.getHeaders().getFirst("X-Forwarded-For"));
    }

    static @Nullable String peerOf(ServerHttpRequest request) {
        InetSocketAddress remote = request.getRemoteAddress();
        return remote == null || remote.getAddress() == null
                ? null
                : remote.getAddress().getHostAddress();
    }
}
