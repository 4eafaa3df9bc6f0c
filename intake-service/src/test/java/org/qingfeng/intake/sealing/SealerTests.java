package org.qingfeng.intake.sealing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.qingfeng.contracts.intake.SealedBox;

class SealerTests {

    private static final byte[] OLD = "0123456789abcdef0123456789abcdef".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] NEW = "fedcba9876543210fedcba9876543210".getBytes(StandardCharsets.US_ASCII);
    private static final String IDENTITY = "{\"name\":\"王小明\",\"phone\":\"13800000000\"}";

    private final Sealer sealer = new Sealer(Map.of("k1", OLD), "k1");

    @Test
    void opensWhatItSealedAndNothingReadableIsInTheBox() {
        SealedBox box = sealer.seal("informant-identity", IDENTITY);

        assertThat(sealer.open("informant-identity", box)).isEqualTo(IDENTITY);
        assertThat(box.toString()).doesNotContain("王小明", "13800000000");
        assertThat(new String(Base64.getDecoder().decode(box.ciphertext()), StandardCharsets.UTF_8))
                .doesNotContain("13800000000");
    }

    @Test
    void sealsBytesThatAreNotTextAndOpensThemOnlyForTheirPurpose() {
        byte[] bytes = new byte[300];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 7);
        }
        SealedBox box = sealer.sealBytes("attachment:a:0", bytes);

        assertThat(sealer.openBytes("attachment:a:0", box)).isEqualTo(bytes);
        assertThatThrownBy(() -> sealer.openBytes("attachment:a:1", box)).isInstanceOf(SealedBoxUnreadable.class);
        assertThat(Base64.getDecoder().decode(box.ciphertext())).hasSize(bytes.length + 16);
    }

    @Test
    void sealsTheSameValueDifferentlyEachTime() {
        assertThat(sealer.seal("p", IDENTITY).ciphertext())
                .isNotEqualTo(sealer.seal("p", IDENTITY).ciphertext());
    }

    @Test
    void refusesAnAlteredBoxOrABoxMovedToAnotherPurpose() {
        SealedBox box = sealer.seal("informant-identity", IDENTITY);
        byte[] altered = Base64.getDecoder().decode(box.ciphertext());
        altered[0] ^= 1;
        SealedBox tampered = new SealedBox(
                box.keyId(), box.wrappedKey(), box.nonce(), Base64.getEncoder().encodeToString(altered));

        assertThatThrownBy(() -> sealer.open("informant-identity", tampered)).isInstanceOf(SealedBoxUnreadable.class);
        assertThatThrownBy(() -> sealer.open("contact-note", box)).isInstanceOf(SealedBoxUnreadable.class);
    }

    @Test
    void aRotationKeepsOldBoxesReadableAndResealsThemUnderTheNewKey() {
        SealedBox old = sealer.seal("p", IDENTITY);
        Sealer rotated = new Sealer(Map.of("k1", OLD, "k2", NEW), "k2");

        SealedBox resealed = rotated.reseal("p", old);

        assertThat(rotated.open("p", old)).isEqualTo(IDENTITY);
        assertThat(resealed.keyId()).isEqualTo("k2");
        assertThat(new Sealer(Map.of("k2", NEW), "k2").open("p", resealed)).isEqualTo(IDENTITY);
        assertThatThrownBy(() -> new Sealer(Map.of("k2", NEW), "k2").open("p", old))
                .isInstanceOf(SealedBoxUnreadable.class)
                .hasMessageContaining("k1");
    }

    @Test
    void refusesKeysOfTheWrongSizeOrAnActiveKeyThatIsNotThere() {
        assertThatThrownBy(() -> new Sealer(Map.of("k1", new byte[16]), "k1")).hasMessageContaining("32 bytes");
        assertThatThrownBy(() -> new Sealer(Map.of("k1", OLD), "k9")).hasMessageContaining("k9");
    }
}
