package org.qingfeng.intake.receipt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;

class ReceiptDigesterTests {

    private final ReceiptDigester digester = new ReceiptDigester("a-key-for-tests");

    @Test
    void isTheHmacSha256OfTheCanonicalReceiptInBase64UrlWithoutPadding() throws Exception {
        Receipt receipt = new Receipt("7Q2MABCDEFGHJKMNPQRSTVWXYZ");
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec("a-key-for-tests".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String expected = Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(mac.doFinal("7Q2MABCDEFGHJKMNPQRSTVWXYZ".getBytes(StandardCharsets.US_ASCII)));

        assertThat(digester.digest(receipt)).isEqualTo(expected).hasSize(43).doesNotContain("=", "+", "/");
    }

    @Test
    void isTheSameHoweverTheReceiptWasTyped() {
        Receipt issued = Receipt.issue(new SecureRandom());
        Receipt typed = Receipt.parse(issued.display().toLowerCase()).orElseThrow();

        assertThat(digester.digest(typed)).isEqualTo(digester.digest(issued));
    }

    @Test
    void dependsOnTheKey() {
        Receipt receipt = Receipt.issue(new SecureRandom());

        assertThat(new ReceiptDigester("another-key").digest(receipt)).isNotEqualTo(digester.digest(receipt));
    }

    @Test
    void refusesABlankKey() {
        assertThatIllegalArgumentException().isThrownBy(() -> new ReceiptDigester(" "));
    }
}
