package org.qingfeng.auth;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The authorization server's settings, under {@code qingfeng.auth}.
 *
 * @param issuer the {@code iss} of every token and the base of the discovery document: the address
 *     browsers and services reach this server at (behind the gateway)
 * @param audience the {@code aud} every access token carries
 * @param signingKeyLocation a resource location ({@code file:...}) of an RSA private key in PKCS#8 PEM;
 *     when unset or blank, one is made at first start and kept in {@code keyDirectory}
 * @param keyDirectory where the generated signing key is kept
 * @param accessTokenLifetime how long an access token is valid
 * @param refreshTokenLifetime how long the console may refresh without a new sign-in
 * @param passwordStrength the BCrypt cost of password and client secret hashes
 * @param signIn the slowdown and lockout of failed passwords
 * @param bootstrapAdmin the first network administrator, created only when there are no users
 * @param clients the registered clients by client id
 * @param replicationFactor of the topics this server declares
 */
@ConfigurationProperties("qingfeng.auth")
public record AuthProperties(
        @DefaultValue("http://localhost:8080/auth") String issuer,
        @DefaultValue("qingfeng") String audience,
        @Nullable String signingKeyLocation,
        @DefaultValue("data/auth") Path keyDirectory,
        @DefaultValue("10m") Duration accessTokenLifetime,
        @DefaultValue("8h") Duration refreshTokenLifetime,
        @DefaultValue("12") int passwordStrength,
        @DefaultValue SignIn signIn,
        @DefaultValue BootstrapAdmin bootstrapAdmin,
        @Nullable Map<String, Client> clients,
        @DefaultValue("1") short replicationFactor) {

    public AuthProperties {
        clients = clients == null ? Map.of() : Map.copyOf(clients);
    }

    /**
     * @param firstDelay the wait before answering the first failed password; each further failure doubles it
     * @param maxDelay the longest wait
     * @param maxFailures consecutive failures that lock the account
     * @param lockFor how long a locked account stays locked
     */
    public record SignIn(
            @DefaultValue("250ms") Duration firstDelay,
            @DefaultValue("4s") Duration maxDelay,
            @DefaultValue("5") int maxFailures,
            @DefaultValue("15m") Duration lockFor) {}

    public record BootstrapAdmin(
            @Nullable String username,
            @Nullable String password,
            @Nullable String node) {}

    /** A console signs people in; a service account acts as itself with the roles configured here. */
    public enum ClientKind {
        CONSOLE,
        SERVICE
    }

    /**
     * @param kind what the client is
     * @param secret the client secret in clear (from the environment); stored only hashed
     * @param redirectUris where a console may receive its authorization codes
     * @param postLogoutRedirectUris where a console may send the browser after signing out
     * @param scopes the scopes a console may ask for
     * @param roles a service account's roles
     * @param node the network node a service account's roles are held at
     */
    public record Client(
            ClientKind kind,
            String secret,
            @Nullable List<String> redirectUris,
            @Nullable List<String> postLogoutRedirectUris,
            @Nullable List<String> scopes,
            @Nullable List<String> roles,
            @Nullable String node) {

        public Client {
            redirectUris = redirectUris == null ? List.of() : List.copyOf(redirectUris);
            postLogoutRedirectUris = postLogoutRedirectUris == null ? List.of() : List.copyOf(postLogoutRedirectUris);
            scopes = scopes == null ? List.of() : List.copyOf(scopes);
            roles = roles == null ? List.of() : List.copyOf(roles);
        }
    }
}
