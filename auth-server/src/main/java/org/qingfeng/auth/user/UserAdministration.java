package org.qingfeng.auth.user;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.qingfeng.auth.network.NetworkTree;
import org.qingfeng.auth.user.UserBodies.NewUser;
import org.qingfeng.auth.user.UserBodies.UserChange;
import org.qingfeng.auth.user.UserBodies.UserView;
import org.qingfeng.auth.user.rules.UserRules;
import org.qingfeng.auth.user.rules.UserRules.Violation;
import org.qingfeng.contracts.audit.AuditAction;
import org.qingfeng.support.audit.AuditEntry;
import org.qingfeng.support.audit.AuditTrail;
import org.qingfeng.support.security.Actor;
import org.qingfeng.support.security.OutOfScope;
import org.qingfeng.support.security.Role;
import org.qingfeng.support.security.Scopes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * What a network administrator may do to accounts: only to accounts at nodes of their own subtree,
 * only giving nodes of that subtree, each change audited before it is made (an unaudited change is
 * not made). Accounts out of scope answer as not found.
 */
@Component
class UserAdministration {

    private static final Logger log = LoggerFactory.getLogger(UserAdministration.class);
    private static final Set<String> ROLES =
            Arrays.stream(Role.values()).map(Role::name).collect(Collectors.toUnmodifiableSet());

    private final UserStore users;
    private final NetworkTree network;
    private final Scopes scopes;
    private final PasswordEncoder passwords;
    private final AuditTrail audit;
    private final Clock clock;

    UserAdministration(
            UserStore users,
            NetworkTree network,
            Scopes scopes,
            PasswordEncoder passwords,
            AuditTrail audit,
            Clock clock) {
        this.users = users;
        this.network = network;
        this.scopes = scopes;
        this.passwords = passwords;
        this.audit = audit;
        this.clock = clock;
    }

    List<UserView> visibleTo(Actor admin) {
        Instant now = clock.instant();
        return scopes.visible(admin, users.all(), UserAccount::node).stream()
                .map(user -> view(user, now))
                .toList();
    }

    String create(Actor admin, NewUser body) {
        List<Violation> violations =
                rules(admin).newUser(body.username(), body.displayName(), body.roles(), body.node(), body.password());
        if (violations.isEmpty()
                && users.byUsername(Objects.requireNonNull(body.username())).isPresent()) {
            violations = List.of(taken());
        }
        refuseAny(violations);
        Instant now = clock.instant();
        UserAccount account = new UserAccount(
                UserStore.newId(),
                Objects.requireNonNull(body.username()),
                Objects.requireNonNull(body.displayName()).strip(),
                passwords.encode(body.password()),
                sorted(body.roles()),
                Objects.requireNonNull(body.node()),
                true,
                0,
                null,
                now,
                now);
        record(admin, account.id(), account.node(), "created: username, displayName, roles, node, password");
        try {
            users.insert(account);
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                throw new InvalidUser(List.of(taken()));
            }
            throw e;
        }
        log.info("User {} created by {}", account.id(), admin.subject());
        return account.id();
    }

    UserView change(Actor admin, String id, UserChange body) {
        UserAccount user = inScope(admin, id);
        List<Violation> violations =
                new ArrayList<>(rules(admin).change(body.displayName(), body.roles(), body.node()));
        if (body.enabled() == null) {
            violations.add(new Violation("enabled", "必填 / required"));
        }
        refuseAny(violations);
        String displayName = Objects.requireNonNull(body.displayName()).strip();
        List<String> roles = sorted(body.roles());
        String node = Objects.requireNonNull(body.node());
        boolean enabled = Objects.requireNonNull(body.enabled());
        List<String> changed = new ArrayList<>();
        if (!displayName.equals(user.displayName())) {
            changed.add("displayName");
        }
        if (!roles.equals(sorted(user.roles()))) {
            changed.add("roles");
        }
        if (!node.equals(user.node())) {
            changed.add("node");
        }
        if (enabled != user.enabled()) {
            changed.add("enabled");
        }
        if (!changed.isEmpty()) {
            record(admin, id, node, "changed: " + String.join(", ", changed));
            users.change(id, displayName, roles, node, enabled);
            log.info("User {} changed by {}: {}", id, admin.subject(), changed);
        }
        return view(users.byId(id).orElseThrow(), clock.instant());
    }

    void changePassword(Actor admin, String id, String password) {
        UserAccount user = inScope(admin, id);
        refuseAny(UserRules.password(password));
        record(admin, id, user.node(), "changed: password");
        users.changePassword(id, passwords.encode(password), clock.instant());
        log.info("Password of user {} set by {}", id, admin.subject());
    }

    void unlock(Actor admin, String id) {
        UserAccount user = inScope(admin, id);
        record(admin, id, user.node(), "unlocked");
        users.clearFailures(id);
        log.info("User {} unlocked by {}", id, admin.subject());
    }

    private UserAccount inScope(Actor admin, String id) {
        UserAccount user = users.byId(id).orElseThrow(OutOfScope::new);
        scopes.require(admin, user.node());
        return user;
    }

    private UserRules rules(Actor admin) {
        return new UserRules(ROLES, network::isKnown, node -> scopes.covers(admin, node));
    }

    private void record(Actor admin, String id, String node, String detail) {
        audit.record(
                admin, AuditEntry.of(AuditAction.USER_CHANGED, "user", id, node).detail(detail));
    }

    private static void refuseAny(List<Violation> violations) {
        if (!violations.isEmpty()) {
            throw new InvalidUser(violations);
        }
    }

    private static Violation taken() {
        return new Violation("username", "用户名已被使用 / this username is taken");
    }

    private static List<String> sorted(List<String> roles) {
        return roles.stream().distinct().sorted().toList();
    }

    private static UserView view(UserAccount user, Instant now) {
        return new UserView(
                user.id(),
                user.username(),
                user.displayName(),
                user.roles(),
                user.node(),
                user.enabled(),
                user.lockedAt(now));
    }
}
