package org.qingfeng.intake.receipt;

/**
 * A receipt just issued, with what intake stores of it.
 *
 * @param locator the keyed digest of its locator
 * @param hash its salted slow hash
 */
public record IssuedReceipt(Receipt receipt, String locator, String hash) {

    /** Neither the receipt nor its hashes: a record that slips into a log must not give them away. */
    @Override
    public String toString() {
        return "IssuedReceipt[redacted]";
    }
}
