package org.qingfeng.gateway.headers;

import java.net.URI;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Console pages, fragments and static files get a same-origin-only content security policy: the
 * scripts come from the WebJars and {@code /js}, never from a CDN or an inline block. Proxied API
 * answers keep the headers their service set.
 */
@Component
class SecurityHeadersFilter implements WebFilter, Ordered {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    static final String PERMISSIONS_POLICY =
            "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()";

    static final String STRICT_TRANSPORT_SECURITY = "max-age=31536000; includeSubDomains";

    private final String contentSecurityPolicy;

    /**
     * @param logoutUri the identity provider's logout endpoint: the sign-out page posts its form
     *     there, so its origin joins {@code form-action} when it is another origin (Keycloak)
     */
    SecurityHeadersFilter(@Value("${qingfeng.security.logout-uri:}") String logoutUri) {
        this.contentSecurityPolicy = CONTENT_SECURITY_POLICY.replace("form-action 'self'", formAction(logoutUri));
    }

    static String formAction(String logoutUri) {
        if (logoutUri.isBlank() || !logoutUri.startsWith("http")) {
            return "form-action 'self'";
        }
        URI uri = URI.create(logoutUri);
        String origin = uri.getScheme() + "://" + uri.getRawAuthority();
        return "form-action 'self' " + origin;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        HttpHeaders headers = exchange.getResponse().getHeaders();
        if (!exchange.getRequest().getPath().value().startsWith("/api/")) {
            headers.set("Content-Security-Policy", contentSecurityPolicy);
            headers.set("X-Content-Type-Options", "nosniff");
            headers.set("X-Frame-Options", "DENY");
            headers.set("Referrer-Policy", "no-referrer");
            headers.set("Permissions-Policy", PERMISSIONS_POLICY);
        }
        if ("https".equals(exchange.getRequest().getURI().getScheme())) {
            headers.set("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
        }
        return chain.filter(exchange);
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
