package org.qingfeng.gateway.security;

import java.net.URI;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code qingfeng.security.*}, the same names the services use, so one set of
 * environment variables configures every token check.
 *
 * @param issuer the {@code iss} every access and id token must carry
 * @param audience the {@code aud} an access token must contain
 * @param jwkSetUri where the issuer's signing keys are published (the gateway reads it lazily, so
 *     it starts before the authorization server)
 * @param clockSkew how far an expiry may lie in the past before a token is refused
 * @param logoutUri the provider's RP-initiated logout endpoint; blank for a local sign-out only
 */
@ConfigurationProperties("qingfeng.security")
record SecuritySettings(String issuer, String audience, URI jwkSetUri, Duration clockSkew, String logoutUri) {}
