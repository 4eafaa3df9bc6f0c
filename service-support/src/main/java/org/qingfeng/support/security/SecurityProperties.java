package org.qingfeng.support.security;

import java.time.Duration;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.Resource;

/**
 * How a service checks tokens, under {@code qingfeng.security}.
 *
 * @param issuer the {@code iss} every token must carry (the embedded authorization server's, or
 *     the production OIDC provider's)
 * @param audience the {@code aud} every token must contain
 * @param jwkSetUri where the issuer's signing keys are published; fetched on first use and cached
 * @param publicKeyLocation instead of a key set, one RSA public key in PEM (tests, air-gapped sites)
 * @param clockSkew how far expiry and not-before may be off
 * @param publicPaths request patterns open without a token (health, anonymous submission)
 */
@ConfigurationProperties("qingfeng.security")
public record SecurityProperties(
        @Nullable String issuer,
        @Nullable String audience,
        @Nullable String jwkSetUri,
        @Nullable Resource publicKeyLocation,
        @Nullable Duration clockSkew,
        @Nullable List<String> publicPaths) {

    public SecurityProperties {
        audience = audience == null ? "qingfeng" : audience;
        clockSkew = clockSkew == null ? Duration.ofSeconds(30) : clockSkew;
        publicPaths = publicPaths == null ? List.of() : List.copyOf(publicPaths);
    }
}
