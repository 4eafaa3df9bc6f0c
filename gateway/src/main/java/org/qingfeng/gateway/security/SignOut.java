package org.qingfeng.gateway.security;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.server.WebFilterExchange;
import org.springframework.security.web.server.authentication.logout.ServerLogoutSuccessHandler;
import org.springframework.web.util.HtmlUtils;
import org.springframework.web.util.UriComponentsBuilder;
import reactor.core.publisher.Mono;

/**
 * After the local session ended: OIDC RP-initiated logout at the provider, so that the next sign-in
 * asks for the password again. The id token hint travels in a form POST (a small page that
 * console.js submits at once), never in a URL where proxies and logs would keep it. Without a
 * logout endpoint the sign-out is local and the browser goes back to the console.
 */
final class SignOut implements ServerLogoutSuccessHandler {

    private final @Nullable String logoutUri;

    SignOut(@Nullable String logoutUri) {
        this.logoutUri = logoutUri == null || logoutUri.isBlank() ? null : logoutUri;
    }

    @Override
    public Mono<Void> onLogoutSuccess(WebFilterExchange exchange, Authentication authentication) {
        ServerHttpResponse response = exchange.getExchange().getResponse();
        if (logoutUri == null
                || !(authentication instanceof OAuth2AuthenticationToken token)
                || !(token.getPrincipal() instanceof OidcUser user)) {
            response.setStatusCode(HttpStatus.SEE_OTHER);
            response.getHeaders().setLocation(URI.create("/"));
            return response.setComplete();
        }
        String back = UriComponentsBuilder.fromUri(
                        exchange.getExchange().getRequest().getURI())
                .replacePath("/")
                .replaceQuery(null)
                .build()
                .toUriString();
        String page = "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
                + "<title>正在退出 / Signing out</title><script src=\"/js/console.js\" defer></script></head><body>"
                + "<form id=\"sign-out-provider\" data-auto-submit method=\"post\" action=\""
                + HtmlUtils.htmlEscape(logoutUri) + "\">"
                + hidden("id_token_hint", user.getIdToken().getTokenValue())
                + hidden("client_id", clientId(user))
                + hidden("post_logout_redirect_uri", back)
                + "<p>已退出本系统。/ Signed out.</p><button type=\"submit\">继续 / Continue</button></form></body></html>";
        response.setStatusCode(HttpStatus.OK);
        response.getHeaders().setContentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8));
        response.getHeaders().setCacheControl("no-store");
        return response.writeWith(Mono.just(response.bufferFactory().wrap(page.getBytes(StandardCharsets.UTF_8))));
    }

    private static String clientId(OidcUser user) {
        return user.getIdToken().getAudience().isEmpty()
                ? ""
                : user.getIdToken().getAudience().get(0);
    }

    private static String hidden(String name, String value) {
        return "<input type=\"hidden\" name=\"" + name + "\" value=\"" + HtmlUtils.htmlEscape(value) + "\">";
    }
}
