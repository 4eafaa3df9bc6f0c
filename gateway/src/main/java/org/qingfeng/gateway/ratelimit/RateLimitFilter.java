package org.qingfeng.gateway.ratelimit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.security.Principal;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.LongSupplier;
import org.qingfeng.gateway.ProblemResponses;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Rate limits after authentication (order 0, behind Spring Security's chain): a signed-in user or a
 * bearer token's subject spends from its own bucket on every request; an anonymous submission or
 * receipt look-up spends from its client address's bucket. Over the limit: a 429 problem with
 * {@code Retry-After} and the counter {@code gateway.rate.limited{route-kind}}, whose only tag is the
 * kind. The address of a submitter is never logged or tagged: it only keys a bucket in memory.
 *
 * <p>In memory, per gateway instance: several instances need a shared store (Redis) or sticky
 * routing, or each allows its own share.
 */
final class RateLimitFilter implements WebFilter {

    enum Kind {
        SUBMISSION("submission"),
        RECEIPT("receipt"),
        PRINCIPAL("principal");

        final String tag;

        Kind(String tag) {
            this.tag = tag;
        }
    }

    static final String TITLE = "请求过于频繁 / Too many requests";
    static final String DETAIL = "请稍后重试。/ Please retry later.";

    private final Map<Kind, TokenBuckets> buckets = new EnumMap<>(Kind.class);
    private final Map<Kind, Counter> limited = new EnumMap<>(Kind.class);
    private final ClientAddress addresses;

    RateLimitFilter(RateLimitSettings settings, MeterRegistry meters, LongSupplier nanos) {
        buckets.put(Kind.SUBMISSION, new TokenBuckets(settings.submissionsPerMinute(), nanos));
        buckets.put(Kind.RECEIPT, new TokenBuckets(settings.receiptLookupsPerMinute(), nanos));
        buckets.put(Kind.PRINCIPAL, new TokenBuckets(settings.perPrincipalPerMinute(), nanos));
        for (Kind kind : Kind.values()) {
            limited.put(
                    kind,
                    Counter.builder("gateway.rate.limited")
                            .description("Requests refused with 429 by the gateway's rate limits")
                            .tag("route-kind", kind.tag)
                            .register(meters));
        }
        this.addresses = new ClientAddress(settings.trustedProxies());
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        return exchange.getPrincipal()
                .filter(principal -> !(principal instanceof AnonymousAuthenticationToken))
                .map(principal -> limit(exchange, chain, Kind.PRINCIPAL, "p:" + name(principal)))
                .switchIfEmpty(Mono.fromSupplier(() -> anonymous(exchange, chain)))
                .flatMap(answer -> answer);
    }

    private Mono<Void> anonymous(ServerWebExchange exchange, WebFilterChain chain) {
        ServerHttpRequest request = exchange.getRequest();
        if (!HttpMethod.POST.equals(request.getMethod())) {
            return chain.filter(exchange);
        }
        String path = request.getPath().pathWithinApplication().value();
        Kind kind =
                switch (path) {
                    case "/api/items", "/report" -> Kind.SUBMISSION;
                    case "/api/receipts/status",
                            "/api/receipts/answers",
                            "/api/receipts/confirmation",
                            "/report/follow-up",
                            "/report/follow-up/answer",
                            "/report/follow-up/confirm" -> Kind.RECEIPT;
                    default -> null;
                };
        if (kind == null) {
            return chain.filter(exchange);
        }
        String address =
                addresses.of(WrongReceipts.peerOf(request), request.getHeaders().getFirst("X-Forwarded-For"));
        return limit(exchange, chain, kind, address);
    }

    private Mono<Void> limit(ServerWebExchange exchange, WebFilterChain chain, Kind kind, String key) {
        TokenBuckets.Outcome outcome = buckets.get(kind).take(key);
        if (outcome.allowed()) {
            return chain.filter(exchange);
        }
        limited.get(kind).increment();
        long seconds = Math.max(1, (outcome.retryAfter().toMillis() + 999) / 1000);
        exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        return ProblemResponses.write(exchange.getResponse(), HttpStatus.TOO_MANY_REQUESTS, TITLE, DETAIL);
    }

    private static String name(Principal principal) {
        return principal.getName();
    }
}
