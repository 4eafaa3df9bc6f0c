package org.qingfeng.intake.receipt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

class ReceiptHasherTests {

    private final ReceiptHasher hasher = new ReceiptHasher("a-key-for-tests", 1000);

    @Test
    void storesASaltedSlowHashThatChecksTheReceiptAndNothingElse() {
        IssuedReceipt issued = hasher.issue();

        assertThat(issued.hash())
                .startsWith("pbkdf2-sha256$1000$")
                .doesNotContain(issued.receipt().value());
        assertThat(hasher.matches(issued.receipt(), issued.hash())).isTrue();
        assertThat(hasher.matches(Receipt.issue(new SecureRandom()), issued.hash()))
                .isFalse();
    }

    @Test
    void saltsEachReceiptSoTwoHashesNeverMatch() {
        IssuedReceipt one = hasher.issue();
        IssuedReceipt two = hasher.issue();

        assertThat(one.hash().split("\\$")[2]).isNotEqualTo(two.hash().split("\\$")[2]);
        assertThat(hasher.matches(one.receipt(), two.hash())).isFalse();
    }

    @Test
    void checksAReceiptHoweverItWasTyped() {
        IssuedReceipt issued = hasher.issue();
        Receipt typed = Receipt.parse(issued.receipt().display().toLowerCase()).orElseThrow();

        assertThat(hasher.matches(typed, issued.hash())).isTrue();
        assertThat(hasher.locator(typed)).isEqualTo(issued.locator());
    }

    @Test
    void findsTheItemByTheLocatorAloneWhichDependsOnTheKey() {
        IssuedReceipt issued = hasher.issue();
        Receipt sameLocator = new Receipt(issued.receipt().locator() + "0".repeat(16));

        assertThat(hasher.locator(sameLocator)).isEqualTo(issued.locator());
        assertThat(hasher.matches(sameLocator, issued.hash())).isFalse();
        assertThat(new ReceiptHasher("another-key", 1000).locator(issued.receipt()))
                .isNotEqualTo(issued.locator());
    }

    @Test
    void needsTheKeyToCheckAHash() {
        IssuedReceipt issued = hasher.issue();

        assertThat(new ReceiptHasher("another-key", 1000).matches(issued.receipt(), issued.hash()))
                .isFalse();
    }

    @Test
    void keepsCheckingOldHashesAfterTheIterationsAreRaised() {
        IssuedReceipt issued = hasher.issue();

        assertThat(new ReceiptHasher("a-key-for-tests", 2000).matches(issued.receipt(), issued.hash()))
                .isTrue();
    }

    @Test
    void derivesTheSameReceiptAndRecordForTheSameScopeAndAnotherForAnother() {
        IssuedReceipt first = hasher.derive("http:anonymous:key-1");
        IssuedReceipt again = hasher.derive("http:anonymous:key-1");
        IssuedReceipt other = hasher.derive("http:anonymous:key-2");

        assertThat(again.receipt()).isEqualTo(first.receipt());
        assertThat(again.hash()).isEqualTo(first.hash());
        assertThat(other.receipt()).isNotEqualTo(first.receipt());
        assertThat(new ReceiptHasher("another-key", 1000)
                        .derive("http:anonymous:key-1")
                        .receipt())
                .isNotEqualTo(first.receipt());
    }

    @Test
    void refusesMalformedHashes() {
        Receipt receipt = hasher.issue().receipt();

        assertThat(hasher.matches(receipt, "")).isFalse();
        assertThat(hasher.matches(receipt, "bcrypt$1000$a$b")).isFalse();
        assertThat(hasher.matches(receipt, "pbkdf2-sha256$12$AAAA$AAAA")).isFalse();
        assertThat(hasher.matches(receipt, "pbkdf2-sha256$1000$!!$AAAA")).isFalse();
    }

    @Test
    void refusesABlankKeyAndTooFewIterations() {
        assertThatIllegalArgumentException().isThrownBy(() -> new ReceiptHasher(" ", 1000));
        assertThatIllegalArgumentException().isThrownBy(() -> new ReceiptHasher("k", 999));
    }
}
