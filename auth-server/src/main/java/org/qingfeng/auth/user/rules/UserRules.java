package org.qingfeng.auth.user.rules;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What an account must look like. Each check names the field it refuses, Chinese first. The node
 * checks take the two questions (is it in the registry, is it in the administrator's subtree) as
 * predicates so that the rules stay free of the store.
 */
public final class UserRules {

    public static final int MIN_PASSWORD = 12;

    /** BCrypt reads only the first 72 bytes: a longer password would be silently cut. */
    public static final int MAX_PASSWORD_BYTES = 72;

    public static final int MAX_DISPLAY_NAME = 64;

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{3,32}");

    private final Set<String> knownRoles;
    private final Predicate<String> knownNode;
    private final Predicate<String> inScope;

    public UserRules(Set<String> knownRoles, Predicate<String> knownNode, Predicate<String> inScope) {
        this.knownRoles = Set.copyOf(knownRoles);
        this.knownNode = knownNode;
        this.inScope = inScope;
    }

    public List<Violation> newUser(
            @Nullable String username,
            @Nullable String displayName,
            @Nullable Collection<String> roles,
            @Nullable String node,
            @Nullable String password) {
        List<Violation> found = new ArrayList<>();
        if (username == null || !USERNAME.matcher(username).matches()) {
            found.add(new Violation(
                    "username", "用户名须为3至32位小写字母、数字或 . _ - / 3 to 32 of lower-case letters, digits and . _ -"));
        }
        found.addAll(change(displayName, roles, node));
        found.addAll(password(password));
        return found;
    }

    public List<Violation> change(
            @Nullable String displayName, @Nullable Collection<String> roles, @Nullable String node) {
        List<Violation> found = new ArrayList<>();
        if (displayName == null || displayName.isBlank()) {
            found.add(new Violation("displayName", "必填 / required"));
        } else if (displayName.length() > MAX_DISPLAY_NAME) {
            found.add(new Violation("displayName", "不能超过64个字符 / at most 64 characters"));
        }
        if (roles == null || roles.isEmpty()) {
            found.add(new Violation("roles", "至少需要一个角色 / at least one role"));
        } else {
            roles.stream()
                    .filter(role -> !knownRoles.contains(role))
                    .distinct()
                    .forEach(role -> found.add(new Violation("roles", "未知角色 / unknown role: " + role)));
        }
        if (node == null || node.isBlank()) {
            found.add(new Violation("node", "必填 / required"));
        } else if (!knownNode.test(node)) {
            found.add(new Violation("node", "网络中没有该节点 / no such node in the network"));
        } else if (!inScope.test(node)) {
            found.add(new Violation("node", "该节点不在您的管辖范围内 / this node is outside your part of the network"));
        }
        return found;
    }

    public static List<Violation> password(@Nullable String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_PASSWORD) {
            return List.of(new Violation("password", "密码至少12个字符 / at least 12 characters"));
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            return List.of(new Violation("password", "密码不能超过72字节 / at most 72 bytes"));
        }
        return List.of();
    }

    /** One refused field, Chinese first. */
    public record Violation(String field, String message) {}
}
