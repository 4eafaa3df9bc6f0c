package org.qingfeng.gateway.language;

import java.time.Duration;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.context.i18n.LocaleContext;
import org.springframework.context.i18n.SimpleLocaleContext;
import org.springframework.http.HttpCookie;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.i18n.LocaleContextResolver;

/**
 * Replaces Boot's Accept-Language resolver (same bean name): the console is Chinese unless a
 * person asked for English with {@code ?lang=en}, which {@link LanguageCookieFilter} remembers.
 */
@Component("localeContextResolver")
class LanguageResolver implements LocaleContextResolver {

    static final String PARAMETER = "lang";
    static final String COOKIE = "qingfeng-lang";
    private static final Duration REMEMBER_FOR = Duration.ofDays(365);

    @Override
    public LocaleContext resolveLocaleContext(ServerWebExchange exchange) {
        String requested = exchange.getRequest().getQueryParams().getFirst(PARAMETER);
        HttpCookie remembered = exchange.getRequest().getCookies().getFirst(COOKIE);
        return new SimpleLocaleContext(
                LanguageChoice.choose(requested, remembered == null ? null : remembered.getValue()));
    }

    @Override
    public void setLocaleContext(ServerWebExchange exchange, @Nullable LocaleContext context) {
        Locale locale = context == null || context.getLocale() == null ? LanguageChoice.CHINESE : context.getLocale();
        exchange.getResponse()
                .addCookie(ResponseCookie.from(COOKIE, locale.toLanguageTag())
                        .path("/")
                        .maxAge(REMEMBER_FOR)
                        .httpOnly(true)
                        .sameSite("Lax")
                        .build());
    }
}
