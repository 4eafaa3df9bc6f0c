package org.qingfeng.auth.config;

import java.util.List;
import java.util.Map;
import org.qingfeng.auth.signin.PasswordSignIn;
import org.qingfeng.auth.signin.SignInUnaudited;
import org.qingfeng.support.security.Actors;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.convert.converter.Converter;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.oauth2.server.authorization.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.ExceptionMappingAuthenticationFailureHandler;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.util.matcher.MediaTypeRequestMatcher;

/**
 * Three filter chains: the OAuth2 and OpenID endpoints; the admin API, a resource server of this
 * server's own tokens; and the pages (sign-in, sign-out) with a session cookie and CSRF tokens.
 * Every answer carries a strict content security policy: the pages load nothing from elsewhere.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class SecurityConfiguration {

    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; frame-ancestors 'none'";

    @Bean
    @Order(1)
    SecurityFilterChain authorizationServerChain(HttpSecurity http) throws Exception {
        OAuth2AuthorizationServerConfigurer server = new OAuth2AuthorizationServerConfigurer();
        http.securityMatcher(server.getEndpointsMatcher())
                .with(server, as -> as.oidc(Customizer.withDefaults()))
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                // The user info endpoint takes the access token.
                .oauth2ResourceServer(resources -> resources.jwt(Customizer.withDefaults()))
                .exceptionHandling(errors -> errors.defaultAuthenticationEntryPointFor(
                        new LoginUrlAuthenticationEntryPoint("/login"),
                        new MediaTypeRequestMatcher(MediaType.TEXT_HTML)));
        return withPageHeaders(http).build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain adminApiChain(HttpSecurity http) throws Exception {
        ApiProblems problems = new ApiProblems();
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .oauth2ResourceServer(resources -> resources
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(roleAuthorities()))
                        .authenticationEntryPoint(problems)
                        .accessDeniedHandler(problems))
                .exceptionHandling(
                        errors -> errors.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // Bearer tokens only, never the session cookie: there is no ambient credential to forge.
                .csrf(csrf -> csrf.disable())
                .requestCache(cache -> cache.disable())
                .formLogin(form -> form.disable())
                .httpBasic(basic -> basic.disable())
                .logout(logout -> logout.disable());
        return withPageHeaders(http).build();
    }

    /**
     * The sign-in through {@link PasswordSignIn} alone, without a parent manager, so that a refused
     * password is counted and slowed down exactly once.
     */
    @Bean
    @Order(3)
    SecurityFilterChain pageChain(HttpSecurity http, PasswordSignIn passwordSignIn) throws Exception {
        http.authorizeHttpRequests(requests -> requests.requestMatchers(
                                "/login",
                                "/css/**",
                                "/error",
                                "/actuator/health",
                                "/actuator/health/**",
                                "/actuator/info",
                                "/actuator/prometheus")
                        .permitAll()
                        .anyRequest()
                        .authenticated())
                .authenticationManager(new ProviderManager(List.of(passwordSignIn)))
                .formLogin(form -> form.loginPage("/login").failureHandler(failures()))
                .logout(logout -> logout.logoutSuccessUrl("/login?logout"));
        return withPageHeaders(http).build();
    }

    private static ExceptionMappingAuthenticationFailureHandler failures() {
        ExceptionMappingAuthenticationFailureHandler failures = new ExceptionMappingAuthenticationFailureHandler();
        failures.setDefaultFailureUrl("/login?error");
        failures.setExceptionMappings(Map.of(
                LockedException.class.getName(), "/login?locked",
                SignInUnaudited.class.getName(), "/login?unavailable"));
        return failures;
    }

    private static HttpSecurity withPageHeaders(HttpSecurity http) throws Exception {
        return http.headers(
                headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                        .frameOptions(frames -> frames.deny()));
    }

    /** A verified token's {@code roles} as {@code ROLE_<name>} authorities, as every service reads them. */
    private static Converter<Jwt, AbstractAuthenticationToken> roleAuthorities() {
        return jwt -> new JwtAuthenticationToken(
                jwt,
                Actors.of(jwt).roles().stream()
                        .map(role -> new SimpleGrantedAuthority(role.authority()))
                        .toList(),
                jwt.getSubject());
    }
}
