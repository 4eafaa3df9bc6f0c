package org.qingfeng.gateway.language;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpCookie;
import org.springframework.http.ResponseCookie;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

class LanguageSwitchTests {

    private final LanguageResolver resolver = new LanguageResolver();
    private final LanguageCookieFilter filter = new LanguageCookieFilter(resolver);

    @Test
    void speaksChineseWhenNobodyAsked() {
        MockServerWebExchange exchange = visit(MockServerHttpRequest.get("/"));

        assertThat(localeOf(exchange)).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(exchange.getResponse().getCookies()).isEmpty();
    }

    @Test
    void switchesToEnglishAndRemembersItInACookie() {
        MockServerWebExchange exchange = visit(MockServerHttpRequest.get("/?lang=en"));

        assertThat(localeOf(exchange)).isEqualTo(Locale.ENGLISH);
        ResponseCookie cookie = exchange.getResponse().getCookies().getFirst(LanguageResolver.COOKIE);
        assertThat(cookie).isNotNull();
        assertThat(cookie.getValue()).isEqualTo("en");
        assertThat(cookie.getPath()).isEqualTo("/");
        assertThat(cookie.isHttpOnly()).isTrue();
    }

    @Test
    void keepsEnglishOnLaterRequestsThatCarryTheCookie() {
        MockServerWebExchange exchange = visit(MockServerHttpRequest.get("/console/fragments/items")
                .cookie(new HttpCookie(LanguageResolver.COOKIE, "en")));

        assertThat(localeOf(exchange)).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void switchesBackToChineseOverTheRememberedEnglish() {
        MockServerWebExchange exchange =
                visit(MockServerHttpRequest.get("/?lang=zh-CN").cookie(new HttpCookie(LanguageResolver.COOKIE, "en")));

        assertThat(localeOf(exchange)).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(exchange.getResponse()
                        .getCookies()
                        .getFirst(LanguageResolver.COOKIE)
                        .getValue())
                .isEqualTo("zh-CN");
    }

    @Test
    void ignoresALanguageTheConsoleDoesNotSpeak() {
        MockServerWebExchange exchange = visit(MockServerHttpRequest.get("/?lang=fr"));

        assertThat(localeOf(exchange)).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(exchange.getResponse().getCookies()).isEmpty();
    }

    private MockServerWebExchange visit(MockServerHttpRequest.BaseBuilder<?> request) {
        MockServerWebExchange exchange = MockServerWebExchange.from(request);
        filter.filter(exchange, passed -> Mono.empty()).block();
        return exchange;
    }

    private Locale localeOf(ServerWebExchange exchange) {
        return resolver.resolveLocaleContext(exchange).getLocale();
    }
}
