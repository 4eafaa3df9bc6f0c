package org.qingfeng.auth.token;

import java.util.List;
import org.qingfeng.auth.signin.SignedInUser;
import org.qingfeng.auth.user.UserAccount;
import org.qingfeng.auth.user.UserStore;
import org.qingfeng.support.security.Actors;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.oidc.StandardClaimNames;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;

/**
 * What every service reads from an access token: the audience, the {@code roles} and the {@code
 * node}. A user's are read from the store at every issue, refreshes included, so that a changed role
 * or a disabled account takes effect within one access token's lifetime. The id token adds the
 * username and display name the console shows.
 */
public final class TokenClaims implements OAuth2TokenCustomizer<JwtEncodingContext> {

    private final UserStore users;
    private final String audience;

    public TokenClaims(UserStore users, String audience) {
        this.users = users;
        this.audience = audience;
    }

    @Override
    public void customize(JwtEncodingContext context) {
        if (OAuth2TokenType.ACCESS_TOKEN.equals(context.getTokenType())) {
            context.getClaims().audience(List.of(audience));
            if (AuthorizationGrantType.CLIENT_CREDENTIALS.equals(context.getAuthorizationGrantType())) {
                serviceAccount(context, context.getRegisteredClient());
            } else {
                UserAccount user = current(context.getPrincipal());
                context.getClaims().claim(Actors.ROLES_CLAIM, user.roles()).claim(Actors.NODE_CLAIM, user.node());
            }
        } else if (OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
            UserAccount user = current(context.getPrincipal());
            context.getClaims()
                    .claim(StandardClaimNames.PREFERRED_USERNAME, user.username())
                    .claim(StandardClaimNames.NAME, user.displayName());
        }
    }

    private static void serviceAccount(JwtEncodingContext context, RegisteredClient client) {
        List<String> roles = client.getClientSettings().getSetting(RegisteredClients.ROLES);
        String node = client.getClientSettings().getSetting(RegisteredClients.NODE);
        context.getClaims().claim(Actors.ROLES_CLAIM, roles).claim(Actors.NODE_CLAIM, node);
    }

    /** The account as it is now; a removed or disabled one gets no more tokens. */
    private UserAccount current(Authentication principal) {
        if (principal.getPrincipal() instanceof SignedInUser signedIn) {
            UserAccount user = users.byId(signedIn.id()).orElse(null);
            if (user != null && user.enabled()) {
                return user;
            }
        }
        throw new OAuth2AuthenticationException(OAuth2ErrorCodes.INVALID_GRANT);
    }
}
