package org.qingfeng.support.security;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.jwt.Jwt;

/** The caller of the current request, read from the security context the resource server filled. */
public final class Actors {

    /** The token claim listing the caller's roles. */
    public static final String ROLES_CLAIM = "roles";

    /** The token claim naming the network node the roles are held at. */
    public static final String NODE_CLAIM = "node";

    private Actors() {}

    /** The current caller, or {@link Actor#ANONYMOUS} on a public endpoint without a token. */
    public static Actor current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof Jwt jwt) {
            return of(jwt);
        }
        return Actor.ANONYMOUS;
    }

    /** The actor a verified token describes; unknown role names are ignored, never guessed. */
    public static Actor of(Jwt jwt) {
        return new Actor(jwt.getSubject(), roles(jwt.getClaim(ROLES_CLAIM)), jwt.getClaimAsString(NODE_CLAIM));
    }

    static Set<Role> roles(@Nullable Object claim) {
        Collection<?> names = claim instanceof Collection<?> list ? list : claim == null ? List.of() : List.of(claim);
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Object name : names) {
            for (Role role : Role.values()) {
                if (role.name().equals(String.valueOf(name))) {
                    roles.add(role);
                }
            }
        }
        return roles;
    }
}
