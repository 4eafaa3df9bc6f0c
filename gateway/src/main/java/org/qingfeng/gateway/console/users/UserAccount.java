package org.qingfeng.gateway.console.users;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** One account of the authorization server's {@code GET /auth/api/users}: never a password. */
@JsonIgnoreProperties(ignoreUnknown = true)
record UserAccount(
        String id,
        String username,
        String displayName,
        List<String> roles,
        @Nullable String node,
        boolean enabled,
        boolean locked) {

    UserAccount {
        id = Objects.toString(id, "");
        username = Objects.toString(username, "");
        displayName = Objects.toString(displayName, username);
        roles = roles == null
                ? List.of()
                : roles.stream().filter(Objects::nonNull).toList();
    }
}
