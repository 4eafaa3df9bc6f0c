package org.qingfeng.auth.signin;

import java.util.List;
import org.springframework.security.core.AuthenticatedPrincipal;

/**
 * The person a login session belongs to. Its name is the user id, so that the tokens' {@code sub}
 * and the authorizations name the id, never the username.
 */
public record SignedInUser(String id, String username, String displayName, List<String> roles, String node)
        implements AuthenticatedPrincipal {

    public SignedInUser {
        roles = List.copyOf(roles);
    }

    @Override
    public String getName() {
        return id;
    }
}
