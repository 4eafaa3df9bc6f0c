package org.qingfeng.auth.signin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The hash as configured: BCrypt at cost 12, prefixed; the time one check costs here is logged. */
class PasswordHashingTests {

    private static final Logger log = LoggerFactory.getLogger(PasswordHashingTests.class);

    private final PasswordEncoder passwords =
            new DelegatingPasswordEncoder("bcrypt", Map.of("bcrypt", new BCryptPasswordEncoder(12)));

    @Test
    void passwordsAreKeptAsSlowPrefixedBcryptHashes() {
        String hash = passwords.encode("correct-horse-battery");
        long start = System.nanoTime();
        boolean matches = passwords.matches("correct-horse-battery", hash);
        long millis = (System.nanoTime() - start) / 1_000_000;
        log.info("One BCrypt(12) password check took {} ms on this machine", millis);

        assertThat(hash).startsWith("{bcrypt}$2a$12$");
        assertThat(matches).isTrue();
        assertThat(passwords.matches("correct-horse-batterz", hash)).isFalse();
    }
}
