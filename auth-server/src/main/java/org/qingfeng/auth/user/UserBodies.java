package org.qingfeng.auth.user;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** The admin API's request and response bodies. A password only ever travels inwards. */
final class UserBodies {

    private UserBodies() {}

    record NewUser(
            @Nullable String username,
            @Nullable String displayName,
            @Nullable List<String> roles,
            @Nullable String node,
            @Nullable String password) {}

    record UserChange(
            @Nullable String displayName,
            @Nullable List<String> roles,
            @Nullable String node,
            @Nullable Boolean enabled) {}

    record NewPassword(@Nullable String password) {}

    record Created(String id) {}

    record UserView(
            String id,
            String username,
            String displayName,
            List<String> roles,
            String node,
            boolean enabled,
            boolean locked) {}

    record UserList(List<UserView> users) {}
}
