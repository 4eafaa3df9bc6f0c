package org.qingfeng.gateway.language;

import org.springframework.context.i18n.SimpleLocaleContext;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/** Remembers a language switch ({@code ?lang=en}) in a cookie so that htmx fragments follow it. */
@Component
class LanguageCookieFilter implements WebFilter {

    private final LanguageResolver resolver;

    LanguageCookieFilter(LanguageResolver resolver) {
        this.resolver = resolver;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        String requested = exchange.getRequest().getQueryParams().getFirst(LanguageResolver.PARAMETER);
        LanguageChoice.supported(requested)
                .ifPresent(locale -> resolver.setLocaleContext(exchange, new SimpleLocaleContext(locale)));
        return chain.filter(exchange);
    }
}
