package org.qingfeng.auth.user;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.qingfeng.auth.AuthProperties;
import org.qingfeng.auth.user.rules.UserRules;
import org.qingfeng.support.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/**
 * The first network administrator, from {@code qingfeng.auth.bootstrap-admin.*}, made only while
 * there are no users at all; from then on administrators make accounts through the API. Only the
 * username is logged.
 */
@Component
class BootstrapAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(BootstrapAdmin.class);

    private final UserStore users;
    private final PasswordEncoder passwords;
    private final AuthProperties.BootstrapAdmin admin;
    private final Clock clock;

    BootstrapAdmin(UserStore users, PasswordEncoder passwords, AuthProperties properties, Clock clock) {
        this.users = users;
        this.passwords = passwords;
        this.admin = properties.bootstrapAdmin();
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (users.count() > 0) {
            return;
        }
        String username = admin.username();
        String password = admin.password();
        String node = admin.node();
        if (username == null
                || username.isBlank()
                || password == null
                || password.isBlank()
                || node == null
                || node.isBlank()) {
            log.warn("There are no users and qingfeng.auth.bootstrap-admin is not set: nobody can sign in yet");
            return;
        }
        if (!UserRules.password(password).isEmpty()) {
            throw new IllegalStateException("qingfeng.auth.bootstrap-admin.password must have at least "
                    + UserRules.MIN_PASSWORD + " characters and at most " + UserRules.MAX_PASSWORD_BYTES + " bytes");
        }
        Instant now = clock.instant();
        users.insert(new UserAccount(
                UserStore.newId(),
                username,
                username,
                passwords.encode(password),
                List.of(Role.NETWORK_ADMIN.name()),
                node,
                true,
                0,
                null,
                now,
                now));
        log.info("Created the first network administrator {} at node {}", username, node);
    }
}
