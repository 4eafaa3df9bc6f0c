package org.qingfeng.gateway.security;

import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.web.reactive.result.view.CsrfRequestDataValueProcessor;
import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * What every console page and fragment needs from security: the CSRF token (the forms' hidden field
 * and the {@code <meta>} that htmx sends as a header) and who is signed in. Only for the console's
 * controllers: an API answer must not create a session for a token it never uses.
 */
@ControllerAdvice(basePackages = {"org.qingfeng.gateway.console", "org.qingfeng.gateway.report"})
class ConsoleModel {

    @ModelAttribute(CsrfRequestDataValueProcessor.DEFAULT_CSRF_ATTR_NAME)
    Mono<CsrfToken> csrfToken(ServerWebExchange exchange) {
        Mono<CsrfToken> token = exchange.getAttribute(CsrfToken.class.getName());
        return token == null
                ? Mono.empty()
                : token.doOnSuccess(
                        t -> exchange.getAttributes().put(CsrfRequestDataValueProcessor.DEFAULT_CSRF_ATTR_NAME, t));
    }

    @ModelAttribute("staff")
    Mono<Staff> staff(ServerWebExchange exchange) {
        return exchange.getPrincipal()
                .filter(OAuth2AuthenticationToken.class::isInstance)
                .map(principal -> ((OAuth2AuthenticationToken) principal).getPrincipal())
                .filter(StaffUser.class::isInstance)
                .map(StaffUser.class::cast)
                .map(user -> new Staff(user.displayName(), user.node(), user.roles()));
    }
}
