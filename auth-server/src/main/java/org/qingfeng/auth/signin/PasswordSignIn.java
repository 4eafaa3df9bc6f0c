package org.qingfeng.auth.signin;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.qingfeng.auth.signin.rules.Lockout;
import org.qingfeng.auth.signin.rules.Lockout.Attempts;
import org.qingfeng.auth.user.UserAccount;
import org.qingfeng.auth.user.UserStore;
import org.qingfeng.contracts.audit.AuditAction;
import org.qingfeng.support.audit.AuditEntry;
import org.qingfeng.support.audit.AuditTrail;
import org.qingfeng.support.audit.AuditUnavailable;
import org.qingfeng.support.security.Actor;
import org.qingfeng.support.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Checks a username and password against the {@code users} collection. A wrong password waits
 * longer each time before it is answered and locks the account after too many; the lock is kept in
 * Mongo. An unknown username costs the same hash, gets the same waits and locks (kept in memory)
 * and the same message, so neither timing nor answers tell which usernames exist. Every attempt is
 * audited; a correct password whose audit record cannot be made durable is refused.
 */
public class PasswordSignIn implements AuthenticationProvider {

    /** The message of every wrong username, wrong password or disabled account. */
    public static final String WRONG = "用户名或密码错误 / Wrong username or password";

    public static final String LOCKED = "账户已锁定，请稍后再试 / Account locked, try again later";

    static final String UNKNOWN_ACTOR = "unknown";
    static final String FAILED = "FAILED";

    private static final Logger log = LoggerFactory.getLogger(PasswordSignIn.class);
    private static final int REMEMBERED_UNKNOWN = 10_000;

    private final UserStore users;
    private final PasswordEncoder passwords;
    private final Lockout lockout;
    private final AuditTrail audit;
    private final Clock clock;
    private final Sleeper sleeper;
    private final String dummyHash;
    private final Map<String, Attempts> unknown = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Attempts> eldest) {
            return size() > REMEMBERED_UNKNOWN;
        }
    };

    public PasswordSignIn(
            UserStore users,
            PasswordEncoder passwords,
            Lockout lockout,
            AuditTrail audit,
            Clock clock,
            Sleeper sleeper) {
        this.users = users;
        this.passwords = passwords;
        this.lockout = lockout;
        this.audit = audit;
        this.clock = clock;
        this.sleeper = sleeper;
        this.dummyHash = passwords.encode("not-a-password-of-anyone");
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        String username = attempt.getName().strip().toLowerCase(Locale.ROOT);
        String password = String.valueOf(attempt.getCredentials());
        Optional<UserAccount> found = users.byUsername(username);
        if (found.isEmpty()) {
            return unknown(username, password);
        }
        UserAccount user = found.get();
        Instant now = clock.instant();
        if (user.lockedAt(now)) {
            passwords.matches(password, dummyHash);
            tryToAudit(actor(user), failure(user).denied());
            throw new LockedException(LOCKED);
        }
        if (!passwords.matches(password, user.passwordHash())) {
            int failures = users.countFailure(user.id());
            if (lockout.locks(failures)) {
                users.lockUntil(user.id(), lockout.lockedUntil(now));
                log.info("User {} locked after {} failed passwords", user.id(), failures);
            }
            sleeper.sleep(lockout.delayAfter(failures));
            tryToAudit(actor(user), failure(user));
            throw new BadCredentialsException(WRONG);
        }
        if (!user.enabled()) {
            sleeper.sleep(lockout.delayAfter(1));
            tryToAudit(actor(user), failure(user).denied().detail("disabled"));
            throw new BadCredentialsException(WRONG);
        }
        try {
            audit.record(actor(user), AuditEntry.of(AuditAction.SIGN_IN, "user", user.id(), user.node()));
        } catch (AuditUnavailable e) {
            log.warn("Refused the sign-in of user {}: the audit trail is unavailable", user.id());
            throw new SignInUnaudited(e);
        }
        users.clearFailures(user.id());
        SignedInUser principal =
                new SignedInUser(user.id(), user.username(), user.displayName(), user.roles(), user.node());
        List<GrantedAuthority> authorities = new ArrayList<>();
        // The password factor with its time: the id token's auth_time is read from it.
        authorities.add(FactorGrantedAuthority.withAuthority(FactorGrantedAuthority.PASSWORD_AUTHORITY)
                .issuedAt(clock.instant())
                .build());
        user.roles().forEach(role -> authorities.add(new SimpleGrantedAuthority("ROLE_" + role)));
        return UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities);
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /** The same hash, waits and locks as a known user, remembered in memory only. */
    private Authentication unknown(String username, String password) {
        passwords.matches(password, dummyHash);
        Instant now = clock.instant();
        Attempts before;
        Attempts after;
        synchronized (unknown) {
            before = unknown.getOrDefault(username, Attempts.NONE);
            after = before.lockedAt(now) ? before : before.failed(now, lockout);
            unknown.put(username, after);
        }
        Actor nobody = new Actor(UNKNOWN_ACTOR, Set.of(), null);
        AuditEntry entry = new AuditEntry(AuditAction.SIGN_IN, "user", null, null, null, FAILED, "unknown user");
        if (before.lockedAt(now)) {
            tryToAudit(nobody, entry.denied());
            throw new LockedException(LOCKED);
        }
        sleeper.sleep(lockout.delayAfter(after.failures()));
        tryToAudit(nobody, entry);
        throw new BadCredentialsException(WRONG);
    }

    private static AuditEntry failure(UserAccount user) {
        return new AuditEntry(AuditAction.SIGN_IN, "user", user.id(), user.node(), null, FAILED, "wrong password");
    }

    private static Actor actor(UserAccount user) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (Role role : Role.values()) {
            if (user.roles().contains(role.name())) {
                roles.add(role);
            }
        }
        return new Actor(user.id(), roles, user.node());
    }

    /** A refused attempt is refused either way; a broker outage must not turn it into an error page. */
    private void tryToAudit(Actor actor, AuditEntry entry) {
        try {
            audit.record(actor, entry);
        } catch (AuditUnavailable e) {
            log.warn("Could not audit a refused sign-in of {}: the audit trail is unavailable", actor.subject());
        }
    }
}
