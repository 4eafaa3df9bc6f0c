package org.qingfeng.intake.sealing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PseudonymsTests {

    private final Pseudonyms pseudonyms =
            new Pseudonyms("a-pseudonym-key-of-at-least-32-bytes!".getBytes(StandardCharsets.US_ASCII));

    @Test
    void givesAStableTokenOfFixedShapePerInformantNumber() {
        String token = pseudonyms.informantToken("330281-101-0007");

        assertThat(token).matches("inf-[0-9A-HJKMNP-TV-Z]{26}");
        assertThat(pseudonyms.informantToken(" 330281-101-0007 ")).isEqualTo(token);
        assertThat(pseudonyms.informantToken("330281-101-0008")).isNotEqualTo(token);
    }

    @Test
    void dependsOnTheKey() {
        Pseudonyms other =
                new Pseudonyms("another-pseudonym-key-of-32-bytes-or-more".getBytes(StandardCharsets.US_ASCII));

        assertThat(other.informantToken("330281-101-0007")).isNotEqualTo(pseudonyms.informantToken("330281-101-0007"));
    }

    @Test
    void digestsCompareFullWidthAndSpacedFormsAsTheSameValue() {
        assertThat(pseudonyms.digest("phone", "１３８ 0000 0000")).isEqualTo(pseudonyms.digest("phone", "13800000000"));
        assertThat(pseudonyms.digest("name", "13800000000")).isNotEqualTo(pseudonyms.digest("phone", "13800000000"));
    }
}
