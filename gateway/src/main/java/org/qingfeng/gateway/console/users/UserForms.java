package org.qingfeng.gateway.console.users;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.qingfeng.gateway.console.FormValues;

/**
 * The page's forms as the authorization server's admin API takes them. A blank box is sent as null
 * so the server names it as missing; a password is only ever read from a form body and sent in a
 * JSON body, and no request's {@code toString} shows it.
 */
final class UserForms {

    /** The roles in the order the page offers them, as {@code org.qingfeng.support.security.Role} names them. */
    static final List<String> ROLES = List.of(
            "INFORMANT",
            "TOWNSHIP_STAFF",
            "MONITORING_STAFF",
            "WORK_STATION_STAFF",
            "IDENTITY_CUSTODIAN",
            "DEPARTMENT_OFFICER",
            "NETWORK_ADMIN");

    static final Set<String> CREATE_FIELDS = Set.of("username", "displayName", "roles", "node", "password");
    static final Set<String> CHANGE_FIELDS = Set.of("displayName", "roles", "node", "enabled");
    static final Set<String> PASSWORD_FIELDS = Set.of("password");

    /** The ids the authorization server hands out ({@code u-…}): safe as one path segment as they are. */
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    private static final String REDACTED = "[redacted]";

    private UserForms() {}

    /** {@code POST /auth/api/users}. */
    record NewUser(
            @Nullable String username,
            @Nullable String displayName,
            List<String> roles,
            @Nullable String node,
            @Nullable String password) {

        NewUser {
            roles = List.copyOf(roles);
        }

        static NewUser from(FormValues form) {
            return new NewUser(
                    form.text("username"),
                    form.text("displayName"),
                    known(form.all("roles")),
                    form.text("node"),
                    typedPassword(form));
        }

        @Override
        public String toString() {
            return "NewUser[username=" + username + ", roles=" + roles + ", node=" + node + ", password=" + REDACTED
                    + "]";
        }
    }

    /** {@code PUT /auth/api/users/{id}}: an unticked box disables the account. */
    record UserChange(
            @Nullable String displayName,
            List<String> roles,
            @Nullable String node,
            boolean enabled) {

        UserChange {
            roles = List.copyOf(roles);
        }

        static UserChange from(FormValues form) {
            return new UserChange(
                    form.text("displayName"), known(form.all("roles")), form.text("node"), form.ticked("enabled"));
        }
    }

    /** {@code POST /auth/api/users/{id}/password}. */
    record NewPassword(@Nullable String password) {

        static NewPassword from(FormValues form) {
            return new NewPassword(typedPassword(form));
        }

        @Override
        public String toString() {
            return "NewPassword[" + REDACTED + "]";
        }
    }

    /** The account the form names, when it looks like an id the server gave; empty otherwise. */
    static String id(FormValues form) {
        String id = form.text("id", "");
        return ID.matcher(id).matches() ? id : "";
    }

    /** Only the roles the page offers, each once: a tampered form cannot invent one. */
    private static List<String> known(List<String> roles) {
        return roles.stream().filter(ROLES::contains).distinct().toList();
    }

    /** As typed: a password's spaces are its own, so it is neither stripped nor trimmed. */
    private static @Nullable String typedPassword(FormValues form) {
        return form.values().getOrDefault("password", List.of()).stream()
                .filter(value -> value != null && !value.isEmpty())
                .findFirst()
                .orElse(null);
    }
}
