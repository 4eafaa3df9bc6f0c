package org.qingfeng.gateway.console.users;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.Objects;

/** The authorization server's answer to {@code GET /auth/api/users}. */
@JsonIgnoreProperties(ignoreUnknown = true)
record UserDirectory(List<UserAccount> users) {

    UserDirectory {
        users = users == null
                ? List.of()
                : users.stream().filter(Objects::nonNull).toList();
    }
}
