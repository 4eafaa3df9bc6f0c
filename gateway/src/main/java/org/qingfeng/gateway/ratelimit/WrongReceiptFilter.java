package org.qingfeng.gateway.ratelimit;

import org.qingfeng.gateway.ProblemResponses;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Receipt look-ups through the API ({@code /api/receipts/**}, proxied to intake): refused with a 429
 * problem while the address has spent its wrong receipts, and a 404 answer (no item for this
 * receipt) spends one. Signed in or not: a token does not make guessing cheaper for intake.
 */
final class WrongReceiptFilter implements WebFilter {

    private static final String RECEIPTS = "/api/receipts/";

    private final WrongReceipts wrongReceipts;

    WrongReceiptFilter(WrongReceipts wrongReceipts) {
        this.wrongReceipts = wrongReceipts;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String path = exchange.getRequest().getPath().pathWithinApplication().value();
        if (!path.startsWith(RECEIPTS)) {
            return chain.filter(exchange);
        }
        return wrongReceipts
                .refusal(exchange)
                .map(wait -> {
                    exchange.getResponse()
                            .getHeaders()
                            .set(HttpHeaders.RETRY_AFTER, Long.toString(WrongReceipts.seconds(wait)));
                    return ProblemResponses.write(
                            exchange.getResponse(),
                            HttpStatus.TOO_MANY_REQUESTS,
                            RateLimitFilter.TITLE,
                            RateLimitFilter.DETAIL);
                })
                .orElseGet(() -> {
                    exchange.getResponse().beforeCommit(() -> {
                        if (HttpStatus.NOT_FOUND.equals(exchange.getResponse().getStatusCode())) {
                            wrongReceipts.failed(exchange);
                        }
                        return Mono.empty();
                    });
                    return chain.filter(exchange);
                });
    }
}
