package org.qingfeng.auth.config;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.qingfeng.auth.AuthProperties;
import org.qingfeng.auth.keys.SigningKeys;
import org.qingfeng.auth.token.RegisteredClients;
import org.qingfeng.auth.token.TokenClaims;
import org.qingfeng.auth.user.UserStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.Resource;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.authorization.InMemoryOAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;

/**
 * The authorization server's parts: one fixed issuer (tokens name the address behind the gateway,
 * whatever host a request came in on), the signing key, the clients from configuration, the claims,
 * and the decoder its own admin API checks tokens with. Authorizations (codes, refresh tokens) are
 * kept in memory: a restart signs everyone out of the console.
 */
@Configuration(proxyBeanMethods = false)
class AuthorizationServerConfiguration {

    private static final Logger log = LoggerFactory.getLogger(AuthorizationServerConfiguration.class);

    /** The console's secret when {@code QINGFENG_CONSOLE_CLIENT_SECRET} is not set. */
    static final String LOCAL_CONSOLE_SECRET = "qingfeng-console-local-secret";

    @Bean
    AuthorizationServerSettings authorizationServerSettings(AuthProperties properties) {
        return AuthorizationServerSettings.builder().issuer(properties.issuer()).build();
    }

    @Bean
    RSAKey signingKey(AuthProperties properties) {
        String location = properties.signingKeyLocation();
        @Nullable
        Resource configured = location == null || location.isBlank()
                ? null
                : new DefaultResourceLoader().getResource(location.strip());
        return SigningKeys.load(configured, properties.keyDirectory());
    }

    @Bean
    JWKSource<SecurityContext> jwkSource(RSAKey signingKey) {
        return new ImmutableJWKSet<>(new JWKSet(signingKey));
    }

    @Bean
    RegisteredClientRepository registeredClientRepository(AuthProperties properties, PasswordEncoder passwords) {
        properties.clients().forEach((id, client) -> {
            if (LOCAL_CONSOLE_SECRET.equals(client.secret())) {
                log.warn(
                        "Client {} uses the local development secret: set QINGFENG_CONSOLE_CLIENT_SECRET"
                                + " anywhere but a developer's machine",
                        id);
            }
        });
        return new InMemoryRegisteredClientRepository(RegisteredClients.from(properties, passwords));
    }

    @Bean
    OAuth2AuthorizationService authorizationService() {
        return new InMemoryOAuth2AuthorizationService();
    }

    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> tokenClaims(UserStore users, AuthProperties properties) {
        return new TokenClaims(users, properties.audience());
    }

    /** RS256 from this server's own key only, with the issuer, the audience and the expiry checked. */
    @Bean
    JwtDecoder jwtDecoder(JWKSource<SecurityContext> jwkSource, AuthProperties properties) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSource(jwkSource)
                .jwsAlgorithm(SignatureAlgorithm.RS256)
                .build();
        String audience = properties.audience();
        List<OAuth2TokenValidator<Jwt>> checks = List.of(
                JwtValidators.createDefaultWithIssuer(properties.issuer()),
                new JwtClaimValidator<List<String>>(JwtClaimNames.AUD, aud -> aud != null && aud.contains(audience)));
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(checks));
        return decoder;
    }
}
