package org.qingfeng.auth.keys;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;

/**
 * The RSA key every token is signed with. A configured PEM (PKCS#8) wins; otherwise the key made at
 * first start and kept in the key directory, so that the tokens issued before a restart still
 * verify after it. The key id is the key's RFC 7638 thumbprint: the same key always has the same id.
 */
public final class SigningKeys {

    public static final String GENERATED_FILE = "signing-key.pem";

    private static final Logger log = LoggerFactory.getLogger(SigningKeys.class);
    private static final int BITS = 2048;

    private SigningKeys() {}

    public static RSAKey load(@Nullable Resource configured, Path directory) {
        if (configured != null) {
            try (InputStream in = configured.getInputStream()) {
                RSAKey key = key(privateKey(new String(in.readAllBytes(), StandardCharsets.US_ASCII)));
                log.info("Signing tokens with the configured key {}", key.getKeyID());
                return key;
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the signing key at " + configured, e);
            }
        }
        return kept(directory);
    }

    private static RSAKey kept(Path directory) {
        Path file = directory.resolve(GENERATED_FILE);
        try {
            if (!Files.exists(file)) {
                generate(directory, file);
            }
            RSAKey key = key(privateKey(Files.readString(file, StandardCharsets.US_ASCII)));
            log.info("Signing tokens with the key {} kept in {}", key.getKeyID(), file.toAbsolutePath());
            return key;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot keep the signing key in " + directory, e);
        }
    }

    /** Written to a temporary file and moved into place, so that a crash never leaves half a key. */
    private static void generate(Path directory, Path file) throws IOException {
        Files.createDirectories(directory);
        Path temporary = Files.createTempFile(directory, "signing-key", ".tmp");
        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
        }
        Files.writeString(temporary, pem(newPrivateKey()), StandardCharsets.US_ASCII);
        Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
        log.info("Made a new {}-bit RSA signing key in {}", BITS, file.toAbsolutePath());
    }

    private static RSAPrivateCrtKey newPrivateKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(BITS);
            return (RSAPrivateCrtKey) generator.generateKeyPair().getPrivate();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    static String pem(RSAPrivateCrtKey key) {
        return "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                        .encodeToString(key.getEncoded())
                + "\n-----END PRIVATE KEY-----\n";
    }

    static RSAPrivateCrtKey privateKey(String pem) {
        if (!pem.contains("-----BEGIN PRIVATE KEY-----")) {
            throw new IllegalStateException("The signing key must be an RSA private key in PKCS#8 PEM"
                    + " (-----BEGIN PRIVATE KEY-----); convert with openssl pkcs8 -topk8 -nocrypt");
        }
        String base64 = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
        try {
            return (RSAPrivateCrtKey) KeyFactory.getInstance("RSA")
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
        } catch (GeneralSecurityException | ClassCastException e) {
            throw new IllegalStateException("The signing key is not an RSA private key", e);
        }
    }

    static RSAKey key(RSAPrivateCrtKey privateKey) {
        try {
            RSAPublicKey publicKey = (RSAPublicKey) KeyFactory.getInstance("RSA")
                    .generatePublic(new RSAPublicKeySpec(privateKey.getModulus(), privateKey.getPublicExponent()));
            if (publicKey.getModulus().bitLength() < BITS) {
                throw new IllegalStateException("The signing key must have at least " + BITS + " bits");
            }
            RSAKey withoutId =
                    new RSAKey.Builder(publicKey).privateKey(privateKey).build();
            return new RSAKey.Builder(publicKey)
                    .privateKey(privateKey)
                    .keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.RS256)
                    .keyID(withoutId.computeThumbprint().toString())
                    .build();
        } catch (GeneralSecurityException | JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
