package org.qingfeng.gateway.security;

import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Who is signed in, as the console's pages show it: the name in the masthead and the roles that
 * decide which pages the navigation offers (the services decide what each role may do).
 *
 * @param displayName the person's name or user name
 * @param node the network node the roles are held at, if any
 * @param roles role names without the {@code ROLE_} prefix
 */
public record Staff(String displayName, @Nullable String node, List<String> roles) {

    public boolean has(String role) {
        return roles.contains(role);
    }

    /** Whether any of {@code candidates} is held; the navigation asks with several at once. */
    public boolean any(String... candidates) {
        return Arrays.stream(candidates).anyMatch(roles::contains);
    }
}
