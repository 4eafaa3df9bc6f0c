package org.qingfeng.gateway.security;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.qingfeng.gateway.ProblemResponses;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientProvider;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.oidc.authentication.OidcIdTokenValidator;
import org.springframework.security.oauth2.client.oidc.authentication.ReactiveOidcIdTokenDecoderFactory;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcReactiveOAuth2UserService;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ReactiveClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.ReactiveOAuth2UserService;
import org.springframework.security.oauth2.client.web.DefaultReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.server.DefaultServerOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.server.ServerOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.server.WebSessionServerOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoderFactory;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.oauth2.server.resource.authentication.ReactiveJwtAuthenticationConverterAdapter;
import org.springframework.security.web.server.DelegatingServerAuthenticationEntryPoint;
import org.springframework.security.web.server.DelegatingServerAuthenticationEntryPoint.DelegateEntry;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authentication.RedirectServerAuthenticationEntryPoint;
import org.springframework.security.web.server.csrf.XorServerCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher.MatchResult;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatchers;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * One filter chain for the console and the proxied API. The console signs staff in with OIDC
 * (authorization code with PKCE) and keeps their tokens in the web session; the API takes a bearer
 * access token, checked here (RS256, issuer, audience, expiry) and again by every service. Deny by
 * default: only the public submission, the receipt follow-up, the SMS webhook, the ping, the public
 * report pages, static files, the sign-in service's pages and the health probes are open.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
class SecurityConfiguration {

    static final String REGISTRATION = "qingfeng";
    static final String SIGN_IN = "/oauth2/authorization/" + REGISTRATION;
    static final String SIGN_OUT = "/console/sign-out";
    static final String ROLES_CLAIM = "roles";

    private static final Set<HttpMethod> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);
    /**
     * Open to anyone, each checked by intake itself: the submission, the receipt's own follow-up
     * (the receipt is the proof) and the SMS gateway's webhook (its HMAC signature is the proof).
     */
    private static final Set<String> PUBLIC_POSTS = Set.of(
            "/api/items",
            "/api/receipts/status",
            "/api/receipts/answers",
            "/api/receipts/confirmation",
            "/api/channels/sms");

    @Bean
    SecurityWebFilterChain securityWebFilterChain(
            ServerHttpSecurity http,
            ReactiveClientRegistrationRepository registrations,
            ServerOAuth2AuthorizedClientRepository authorizedClients,
            ReactiveJwtDecoder accessTokens,
            SecuritySettings settings) {
        ServerAuthenticationEntryPoint api = (exchange, refused) -> ProblemResponses.write(
                withChallenge(exchange, refused),
                HttpStatus.UNAUTHORIZED,
                ProblemResponses.UNAUTHORIZED,
                ProblemResponses.UNAUTHORIZED_DETAIL);
        http.authorizeExchange(exchanges -> exchanges
                        .pathMatchers("/css/**", "/js/**", "/webjars/**", "/favicon.ico", "/error")
                        .permitAll()
                        .pathMatchers("/auth/**", "/fallback/**", "/actuator/health", "/actuator/health/**")
                        .permitAll()
                        .pathMatchers(HttpMethod.POST, PUBLIC_POSTS.toArray(String[]::new))
                        .permitAll()
                        .pathMatchers(HttpMethod.GET, "/api/ping")
                        .permitAll()
                        // The public report form and follow-up pages: no sign-in, CSRF still required.
                        .pathMatchers("/report", "/report/**")
                        .permitAll()
                        .pathMatchers("/console/users", "/console/users/**")
                        .hasRole("NETWORK_ADMIN")
                        // An item's page: the roles intake lets read items; asking, the two that may ask.
                        .pathMatchers(HttpMethod.POST, "/console/items/*/questions")
                        .hasAnyRole("WORK_STATION_STAFF", "TOWNSHIP_STAFF")
                        .pathMatchers("/console/items", "/console/items/**")
                        .hasAnyRole("WORK_STATION_STAFF", "TOWNSHIP_STAFF", "MONITORING_STAFF")
                        // Disposal's pages: the station changes cases, township staff read them; the
                        // department answers its own inbox, which the station may read.
                        .pathMatchers(HttpMethod.POST, "/console/cases/**")
                        .hasRole("WORK_STATION_STAFF")
                        .pathMatchers("/console/cases", "/console/cases/**", "/console/bulletins")
                        .hasAnyRole("WORK_STATION_STAFF", "TOWNSHIP_STAFF")
                        .pathMatchers(HttpMethod.POST, "/console/inbox/**")
                        .hasRole("DEPARTMENT_OFFICER")
                        .pathMatchers("/console/inbox", "/console/inbox/**")
                        .hasAnyRole("DEPARTMENT_OFFICER", "WORK_STATION_STAFF")
                        .anyExchange()
                        .authenticated())
                .oauth2Login(login -> login.authorizationRequestResolver(withPkce(registrations))
                        .authorizedClientRepository(authorizedClients))
                .oauth2Client(client -> client.authorizedClientRepository(authorizedClients))
                .oauth2ResourceServer(server -> server.jwt(jwt -> jwt.jwtDecoder(accessTokens)
                                .jwtAuthenticationConverter(new ReactiveJwtAuthenticationConverterAdapter(roles())))
                        .authenticationEntryPoint(api)
                        .accessDeniedHandler((exchange, denied) -> forbidden(exchange)))
                .exceptionHandling(handling -> handling.authenticationEntryPoint(entryPoint(api))
                        .accessDeniedHandler((exchange, denied) -> forbidden(exchange)))
                .csrf(csrf -> csrf.requireCsrfProtectionMatcher(SecurityConfiguration::needsCsrf)
                        .csrfTokenRequestHandler(csrfFromMultipartToo())
                        .accessDeniedHandler((exchange, denied) -> forbidden(exchange)))
                .logout(logout -> logout.logoutUrl(SIGN_OUT).logoutSuccessHandler(new SignOut(settings.logoutUri())));
        return http.build();
    }

    /**
     * Access tokens on the API: RS256 only (so {@code alg: none} and HMAC never verify), from the
     * configured issuer, for the {@code qingfeng} audience, not expired. The keys are fetched on
     * first use, so the gateway starts before the authorization server.
     */
    @Bean
    ReactiveJwtDecoder accessTokenDecoder(SecuritySettings settings) {
        NimbusReactiveJwtDecoder decoder = NimbusReactiveJwtDecoder.withJwkSetUri(
                        settings.jwkSetUri().toString())
                .jwsAlgorithm(SignatureAlgorithm.RS256)
                .build();
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(List.of(
                new JwtTimestampValidator(settings.clockSkew()),
                new JwtIssuerValidator(settings.issuer()),
                new JwtClaimValidator<Object>(
                        "aud",
                        audience -> audience instanceof Collection<?> values
                                ? values.contains(settings.audience())
                                : settings.audience().equals(audience)))));
        return decoder;
    }

    /** The console's id tokens: the OIDC checks (audience = client, nonce, expiry) and our issuer. */
    @Bean
    ReactiveJwtDecoderFactory<ClientRegistration> idTokenDecoderFactory(SecuritySettings settings) {
        ReactiveOidcIdTokenDecoderFactory factory = new ReactiveOidcIdTokenDecoderFactory();
        factory.setJwtValidatorFactory(registration -> new DelegatingOAuth2TokenValidator<>(
                new OidcIdTokenValidator(registration), new JwtIssuerValidator(settings.issuer())));
        return factory;
    }

    @Bean
    ReactiveOAuth2UserService<OidcUserRequest, OidcUser> oidcUserService(ReactiveJwtDecoder accessTokens) {
        return new StaffUserService(new OidcReactiveOAuth2UserService(), accessTokens);
    }

    /** Tokens live in the web session and end with it; nothing is kept per user elsewhere. */
    @Bean
    ServerOAuth2AuthorizedClientRepository authorizedClientRepository() {
        return new WebSessionServerOAuth2AuthorizedClientRepository();
    }

    /** Gives the signed-in user's access token to relayed calls, refreshing it when it expired. */
    @Bean
    ReactiveOAuth2AuthorizedClientManager authorizedClientManager(
            ReactiveClientRegistrationRepository registrations, ServerOAuth2AuthorizedClientRepository clients) {
        ReactiveOAuth2AuthorizedClientProvider provider = ReactiveOAuth2AuthorizedClientProviderBuilder.builder()
                .authorizationCode()
                .refreshToken()
                .build();
        DefaultReactiveOAuth2AuthorizedClientManager manager =
                new DefaultReactiveOAuth2AuthorizedClientManager(registrations, clients);
        manager.setAuthorizedClientProvider(provider);
        return manager;
    }

    static JwtAuthenticationConverter roles() {
        JwtGrantedAuthoritiesConverter authorities = new JwtGrantedAuthoritiesConverter();
        authorities.setAuthoritiesClaimName(ROLES_CLAIM);
        authorities.setAuthorityPrefix("ROLE_");
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(authorities);
        return converter;
    }

    /**
     * The XOR-masked token (the default), also read from a multipart form's {@code _csrf} field: the
     * public report form posts its attachments without any script, so it cannot send the header.
     */
    private static XorServerCsrfTokenRequestAttributeHandler csrfFromMultipartToo() {
        XorServerCsrfTokenRequestAttributeHandler handler = new XorServerCsrfTokenRequestAttributeHandler();
        handler.setTokenFromMultipartDataEnabled(true);
        return handler;
    }

    private static DefaultServerOAuth2AuthorizationRequestResolver withPkce(
            ReactiveClientRegistrationRepository registrations) {
        DefaultServerOAuth2AuthorizationRequestResolver resolver =
                new DefaultServerOAuth2AuthorizationRequestResolver(registrations);
        resolver.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
        return resolver;
    }

    /**
     * The API answers 401 problems; an htmx fragment whose session ended tells the page to sign in
     * again; a console page redirects to the sign-in and comes back to itself afterwards.
     */
    private static ServerAuthenticationEntryPoint entryPoint(ServerAuthenticationEntryPoint api) {
        ServerAuthenticationEntryPoint htmx = (exchange, refused) -> {
            exchange.getResponse().setStatusCode(HttpStatus.UNAUTHORIZED);
            exchange.getResponse().getHeaders().set("HX-Redirect", SIGN_IN);
            return exchange.getResponse().setComplete();
        };
        DelegatingServerAuthenticationEntryPoint entryPoint = new DelegatingServerAuthenticationEntryPoint(
                new DelegateEntry(ServerWebExchangeMatchers.pathMatchers("/api/**", "/actuator/**"), api),
                new DelegateEntry(
                        exchange -> exchange.getRequest().getHeaders().containsHeader("HX-Request")
                                ? MatchResult.match()
                                : MatchResult.notMatch(),
                        htmx));
        entryPoint.setDefaultEntryPoint(new RedirectServerAuthenticationEntryPoint(SIGN_IN));
        return entryPoint;
    }

    /** The challenge says only that a bearer token is expected, never why this one failed. */
    private static ServerHttpResponse withChallenge(ServerWebExchange exchange, AuthenticationException refused) {
        exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
        return exchange.getResponse();
    }

    private static Mono<Void> forbidden(ServerWebExchange exchange) {
        return ProblemResponses.write(
                exchange.getResponse(),
                HttpStatus.FORBIDDEN,
                ProblemResponses.FORBIDDEN,
                ProblemResponses.FORBIDDEN_DETAIL);
    }

    /**
     * A change sent with the session cookie needs the CSRF token. A request with its own bearer token
     * carries no ambient credential, the public submission and receipt look-up are open to anyone
     * anyway, and the sign-in service's pages keep their own CSRF protection.
     */
    private static Mono<MatchResult> needsCsrf(ServerWebExchange exchange) {
        ServerHttpRequest request = exchange.getRequest();
        String path = request.getPath().pathWithinApplication().value();
        String authorization = request.getHeaders().getFirst(HttpHeaders.AUTHORIZATION);
        boolean bearer = authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
        boolean exempt = SAFE.contains(request.getMethod())
                || bearer
                || (HttpMethod.POST.equals(request.getMethod()) && PUBLIC_POSTS.contains(path))
                || path.startsWith("/auth/");
        return exempt ? MatchResult.notMatch() : MatchResult.match();
    }
}
