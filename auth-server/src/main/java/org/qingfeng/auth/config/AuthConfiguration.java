package org.qingfeng.auth.config;

import java.time.Clock;
import java.util.Map;
import org.qingfeng.auth.AuthProperties;
import org.qingfeng.auth.network.NetworkTree;
import org.qingfeng.auth.signin.PasswordSignIn;
import org.qingfeng.auth.signin.Sleeper;
import org.qingfeng.auth.signin.rules.Lockout;
import org.qingfeng.auth.user.UserStore;
import org.qingfeng.support.audit.AuditTrail;
import org.qingfeng.support.security.Scopes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The clock, the password hashing, the sign-in with its lockout, and the node scoping. */
@Configuration(proxyBeanMethods = false)
class AuthConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    Sleeper sleeper() {
        return Sleeper.real();
    }

    /** BCrypt, deliberately slow; the {@code {bcrypt}} prefix leaves room to move to another hash later. */
    @Bean
    PasswordEncoder passwordEncoder(AuthProperties properties) {
        return new DelegatingPasswordEncoder(
                "bcrypt", Map.of("bcrypt", new BCryptPasswordEncoder(properties.passwordStrength())));
    }

    @Bean
    Lockout lockout(AuthProperties properties) {
        AuthProperties.SignIn signIn = properties.signIn();
        return new Lockout(signIn.firstDelay(), signIn.maxDelay(), signIn.maxFailures(), signIn.lockFor());
    }

    @Bean
    PasswordSignIn passwordSignIn(
            UserStore users,
            PasswordEncoder passwords,
            Lockout lockout,
            AuditTrail audit,
            Clock clock,
            Sleeper sleeper) {
        return new PasswordSignIn(users, passwords, lockout, audit, clock, sleeper);
    }

    /** The shared resource-server configuration is off here, so the scoping it would bring is wired here. */
    @Bean
    Scopes scopes(NetworkTree network) {
        return new Scopes(network);
    }
}
