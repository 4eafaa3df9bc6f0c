package org.qingfeng.auth.token;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.qingfeng.auth.AuthProperties;
import org.qingfeng.auth.AuthProperties.Client;
import org.qingfeng.auth.AuthProperties.ClientKind;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;

/**
 * The clients of {@code qingfeng.auth.clients}: a console signs people in with the authorization
 * code and PKCE, no consent screen (it is the network's own console); a service account gets tokens
 * for itself with its configured roles and node. Secrets are kept only as {@code {bcrypt}} hashes.
 */
public final class RegisteredClients {

    /** The client setting holding a service account's role names. */
    static final String ROLES = "qingfeng.roles";

    /** The client setting holding a service account's node. */
    static final String NODE = "qingfeng.node";

    private RegisteredClients() {}

    public static List<RegisteredClient> from(AuthProperties properties, PasswordEncoder passwords) {
        return properties.clients().entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(entry -> client(entry.getKey(), entry.getValue(), properties, passwords))
                .toList();
    }

    private static RegisteredClient client(
            String id, Client client, AuthProperties properties, PasswordEncoder passwords) {
        if (client.secret() == null || client.secret().isBlank()) {
            throw new IllegalStateException("qingfeng.auth.clients." + id + ".secret must be set");
        }
        RegisteredClient.Builder builder = RegisteredClient.withId(id)
                .clientId(id)
                .clientName(id)
                .clientSecret(passwords.encode(client.secret()))
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST)
                .tokenSettings(tokens(properties.accessTokenLifetime(), properties.refreshTokenLifetime()));
        if (client.kind() == ClientKind.CONSOLE) {
            if (client.redirectUris().isEmpty()) {
                throw new IllegalStateException("qingfeng.auth.clients." + id + ".redirect-uris must be set");
            }
            builder.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                    .authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
                    .redirectUris(uris -> uris.addAll(client.redirectUris()))
                    .postLogoutRedirectUris(uris -> uris.addAll(client.postLogoutRedirectUris()))
                    .scopes(scopes -> scopes.addAll(client.scopes()))
                    .clientSettings(ClientSettings.builder()
                            .requireProofKey(true)
                            .requireAuthorizationConsent(false)
                            .build());
        } else {
            if (client.node() == null || client.roles().isEmpty()) {
                throw new IllegalStateException("qingfeng.auth.clients." + id + " needs roles and a node");
            }
            builder.authorizationGrantType(AuthorizationGrantType.CLIENT_CREDENTIALS)
                    .clientSettings(ClientSettings.builder()
                            .requireAuthorizationConsent(false)
                            .setting(ROLES, client.roles())
                            .setting(NODE, client.node())
                            .build());
        }
        return builder.build();
    }

    private static TokenSettings tokens(Duration access, Duration refresh) {
        return TokenSettings.builder()
                .accessTokenTimeToLive(access)
                .refreshTokenTimeToLive(refresh)
                .build();
    }
}
