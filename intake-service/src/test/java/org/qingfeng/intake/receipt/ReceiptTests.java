package org.qingfeng.intake.receipt;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ReceiptTests {

    @Test
    void carriesOneHundredTwentyRandomBitsAsTwentyFourCrockfordSymbols() {
        Receipt receipt = Receipt.issue(new SecureRandom());

        assertThat(receipt.value()).hasSize(24).matches("[0-9A-HJKMNP-TV-Z]{24}");
        assertThat(receipt.locator()).isEqualTo(receipt.value().substring(0, 8));
    }

    @Test
    void encodesTheRandomBitsMostSignificantFirstWithoutLosingAny() throws NoSuchAlgorithmException {
        byte[] bits = new byte[15];
        seeded().nextBytes(bits);

        Receipt receipt = Receipt.issue(seeded());

        assertThat(decode(receipt.value())).isEqualTo(new BigInteger(1, bits));
    }

    @Test
    void encodesAllOnesAsZedsEndingInThePaddedSymbol() {
        byte[] ones = new byte[16];
        Arrays.fill(ones, (byte) 0xFF);

        assertThat(CrockfordBase32.encode(ones)).isEqualTo("Z".repeat(25) + "W");
    }

    @Test
    void neverRepeatsAcrossManyReceipts() {
        SecureRandom random = new SecureRandom();
        Set<String> seen = new HashSet<>();

        IntStream.range(0, 10_000).forEach(i -> seen.add(Receipt.issue(random).value()));

        assertThat(seen).hasSize(10_000);
    }

    @Test
    void isShownInGroupsOfFourJoinedByDashes() {
        Receipt receipt = new Receipt("7Q2MABCDEFGHJKMNPQRSTVWX");

        assertThat(receipt.display()).isEqualTo("7Q2M-ABCD-EFGH-JKMN-PQRS-TVWX");
    }

    @Test
    void readsWhatAPersonTypedInAnyCaseWithDashesAndSpaces() {
        Receipt receipt = Receipt.issue(new SecureRandom());
        String typed = " " + receipt.display().toLowerCase().replace("-", " - ") + " ";

        assertThat(Receipt.parse(typed)).contains(receipt);
    }

    @Test
    void readsLettersMistakenForDigitsAsThoseDigits() {
        assertThat(Receipt.parse("OIL0-0000-0000-0000-0000-0000")).contains(new Receipt("011000000000000000000000"));
    }

    @Test
    void refusesWhatIsNotAReceipt() {
        assertThat(Receipt.parse("7Q2M-ABCD")).isEmpty();
        assertThat(Receipt.parse("7Q2M-ABCD-EFGH-JKMN-PQRS-TVWU")).isEmpty();
        assertThat(Receipt.parse("7Q2M-ABCD-EFGH-JKMN-PQRS-TVWX-YZ")).isEmpty();
        assertThat(Receipt.parse("")).isEmpty();
    }

    @Test
    void neverShowsItsValueWhenPrinted() {
        Receipt receipt = Receipt.issue(new SecureRandom());

        assertThat(receipt.toString()).doesNotContain(receipt.value());
    }

    private static SecureRandom seeded() throws NoSuchAlgorithmException {
        SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
        random.setSeed(42L);
        return random;
    }

    private static BigInteger decode(String symbols) {
        BigInteger value = BigInteger.ZERO;
        for (char c : symbols.toCharArray()) {
            value = value.shiftLeft(5).add(BigInteger.valueOf(CrockfordBase32.ALPHABET.indexOf(c)));
        }
        return value;
    }
}
