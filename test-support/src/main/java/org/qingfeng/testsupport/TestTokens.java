package org.qingfeng.testsupport;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Signed access tokens for tests, shaped as the authorization server issues them ({@code roles},
 * {@code node}, audience {@value #AUDIENCE}, issuer {@value #ISSUER}), signed by a key pair made
 * once per JVM whose public half the services under test are configured with. The builder also
 * makes the tokens a service must refuse: expired, signed by another key, {@code alg: none}, for
 * another audience or another issuer.
 */
public final class TestTokens {

    public static final String ISSUER = "http://127.0.0.1/test-issuer";
    public static final String AUDIENCE = "qingfeng";

    private static final KeyPair KEYS = rsa();
    private static final KeyPair OTHER_KEYS = rsa();
    private static @Nullable Path publicKeyFile;

    private TestTokens() {}

    /** Points the service under test at this class's public key and issuer. */
    public static void register(DynamicPropertyRegistry registry) {
        registry.add("qingfeng.security.public-key-location", () -> "file:" + publicKeyFile());
        registry.add("qingfeng.security.issuer", () -> ISSUER);
        registry.add("qingfeng.security.audience", () -> AUDIENCE);
    }

    /** {@code Bearer <token>} for a user holding {@code roles} at {@code node}. */
    public static String bearer(String node, String... roles) {
        return "Bearer " + token().node(node).roles(roles).sign();
    }

    public static Builder token() {
        return new Builder();
    }

    /** The PEM file of the public key, written once. */
    public static synchronized Path publicKeyFile() {
        if (publicKeyFile == null) {
            try {
                Path file = Files.createTempFile("qingfeng-test-jwt", ".pem");
                file.toFile().deleteOnExit();
                String pem = "-----BEGIN PUBLIC KEY-----\n"
                        + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                                .encodeToString(KEYS.getPublic().getEncoded())
                        + "\n-----END PUBLIC KEY-----\n";
                Files.writeString(file, pem, StandardCharsets.US_ASCII);
                publicKeyFile = file;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return publicKeyFile;
    }

    /** A token under construction; every setter returns a new builder state on the same object. */
    public static final class Builder {
        private String subject = "u-" + UUID.randomUUID();
        private List<String> roles = List.of();
        private @Nullable String node;
        private String issuer = ISSUER;
        private List<String> audience = List.of(AUDIENCE);
        // Longer than any suite: a context may sign its default token once and use it throughout.
        private Instant expiresAt = Instant.now().plus(Duration.ofHours(3));
        private boolean otherKey;

        public Builder subject(String value) {
            this.subject = value;
            return this;
        }

        public Builder roles(String... values) {
            this.roles = List.of(values);
            return this;
        }

        public Builder node(@Nullable String value) {
            this.node = value;
            return this;
        }

        public Builder issuer(String value) {
            this.issuer = value;
            return this;
        }

        public Builder audience(String... values) {
            this.audience = List.of(values);
            return this;
        }

        public Builder expiresAt(Instant value) {
            this.expiresAt = value;
            return this;
        }

        /** Signed by a key pair the service does not know: a forged signature. */
        public Builder signedByAnotherKey() {
            this.otherKey = true;
            return this;
        }

        private JWTClaimsSet claims() {
            JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                    .subject(subject)
                    .issuer(issuer)
                    .audience(audience)
                    .issueTime(Date.from(
                            Instant.now().isBefore(expiresAt)
                                    ? Instant.now()
                                    : expiresAt.minus(Duration.ofMinutes(10))))
                    .expirationTime(Date.from(expiresAt))
                    .jwtID(UUID.randomUUID().toString())
                    .claim("roles", roles);
            if (node != null) {
                claims.claim("node", node);
            }
            return claims.build();
        }

        /** The compact RS256 token. */
        public String sign() {
            try {
                SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims());
                jwt.sign(new RSASSASigner((RSAPrivateKey) (otherKey ? OTHER_KEYS : KEYS).getPrivate()));
                return jwt.serialize();
            } catch (JOSEException e) {
                throw new IllegalStateException(e);
            }
        }

        /** The same claims with {@code "alg": "none"} and no signature. */
        public String unsigned() {
            Base64.Encoder url = Base64.getUrlEncoder().withoutPadding();
            String header = url.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
            String payload = url.encodeToString(claims().toString().getBytes(StandardCharsets.UTF_8));
            return header + "." + payload + ".";
        }
    }

    private static KeyPair rsa() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
