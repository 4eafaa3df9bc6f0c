package org.qingfeng.gateway.security;

import java.util.Collection;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

/**
 * A signed-in member of staff: the id token, the roles as {@code ROLE_<name>} authorities and the
 * network node they hold them at. The node comes from the same token as the roles.
 */
final class StaffUser extends DefaultOidcUser {

    private static final long serialVersionUID = 1L;

    private final List<String> roles;
    private final @Nullable String node;

    StaffUser(
            Collection<? extends GrantedAuthority> authorities,
            OidcIdToken idToken,
            String nameAttribute,
            List<String> roles,
            @Nullable String node) {
        super(authorities, idToken, nameAttribute);
        this.roles = List.copyOf(roles);
        this.node = node;
    }

    List<String> roles() {
        return roles;
    }

    @Nullable
    String node() {
        return node;
    }

    /** The person's name as the provider gives it, else the user name: never an informant. */
    String displayName() {
        String name = getFullName();
        return name == null || name.isBlank() ? getName() : name;
    }
}
