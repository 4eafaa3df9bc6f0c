package org.qingfeng.support.security;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Who is calling: the token's subject, the roles it carries and the one network node they are held
 * at. A subject is a user id or a service client id, never an informant's identity.
 */
public record Actor(
        String subject, Set<Role> roles, @Nullable String node) {

    /** The caller of a public endpoint without a token. */
    public static final Actor ANONYMOUS = new Actor("anonymous", Set.of(), null);

    public Actor {
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean hasAny(Role... any) {
        return Arrays.stream(any).anyMatch(roles::contains);
    }

    public boolean isAnonymous() {
        return this.equals(ANONYMOUS);
    }

    /** The role names, sorted, as the audit trail records them. */
    public List<String> roleNames() {
        return roles.stream().map(Role::name).sorted().toList();
    }
}
