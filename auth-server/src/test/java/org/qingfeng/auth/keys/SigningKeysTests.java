package org.qingfeng.auth.keys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.jwk.RSAKey;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.core.io.FileSystemResource;

class SigningKeysTests {

    @TempDir
    Path directory;

    @Test
    void aKeyMadeAtFirstStartIsKeptAndLoadedAgainWithTheSameId() throws Exception {
        RSAKey first = SigningKeys.load(null, directory);
        RSAKey second = SigningKeys.load(null, directory);

        assertThat(Files.readString(directory.resolve(SigningKeys.GENERATED_FILE)))
                .startsWith("-----BEGIN PRIVATE KEY-----");
        assertThat(first.size()).isEqualTo(2048);
        assertThat(second.getKeyID()).isEqualTo(first.getKeyID());
        assertThat(second.toRSAPublicKey()).isEqualTo(first.toRSAPublicKey());
        assertThat(first.toPublicJWK().toJSONString()).doesNotContain("\"d\"");
    }

    @Test
    void aConfiguredKeyWinsOverTheKeptOne() {
        RSAKey kept = SigningKeys.load(null, directory);
        Path other = directory.resolve("other");

        RSAKey otherKey = SigningKeys.load(null, other);

        RSAKey configured =
                SigningKeys.load(new FileSystemResource(other.resolve(SigningKeys.GENERATED_FILE)), directory);

        assertThat(configured.getKeyID()).isEqualTo(otherKey.getKeyID()).isNotEqualTo(kept.getKeyID());
    }

    @Test
    void somethingElseThanAPkcs8KeyIsRefusedClearly() {
        ByteArrayResource notAKey =
                new ByteArrayResource("-----BEGIN RSA PRIVATE KEY-----\nAAAA\n".getBytes(StandardCharsets.US_ASCII));

        assertThatThrownBy(() -> SigningKeys.load(notAKey, directory)).hasMessageContaining("PKCS#8");
    }
}
