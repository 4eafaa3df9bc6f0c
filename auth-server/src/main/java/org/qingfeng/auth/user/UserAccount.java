package org.qingfeng.auth.user;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One person who signs in. The id ({@code u-...}) is what tokens and the audit trail name, never
 * the username. The password is only ever held as its {@code {bcrypt}} hash.
 */
public record UserAccount(
        String id,
        String username,
        String displayName,
        String passwordHash,
        List<String> roles,
        String node,
        boolean enabled,
        int failedAttempts,
        @Nullable Instant lockedUntil,
        Instant createdAt,
        Instant passwordChangedAt) {

    public UserAccount {
        roles = List.copyOf(roles);
    }

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /** The account without its hash, for anything that leaves the store's package. */
    @Override
    public String toString() {
        return "UserAccount[id=" + id + ", node=" + node + ", roles=" + roles + ", enabled=" + enabled + "]";
    }
}
