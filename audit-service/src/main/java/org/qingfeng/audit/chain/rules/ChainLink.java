package org.qingfeng.audit.chain.rules;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * One record of the chain: its sequence number, what it says, the hash of the record before it and
 * its own hash, {@code SHA-256(prevHash || Canonical.encode(seq, fields))} with {@code prevHash} as
 * its 32 raw bytes. The first record links to {@link #GENESIS}.
 */
public record ChainLink(long seq, AuditFields fields, String prevHash, String hash) {

    /** The hash the first record links to: 64 zeros. */
    public static final String GENESIS = "0".repeat(64);

    private static final HexFormat HEX = HexFormat.of();

    /** The record at {@code seq} after {@code prevHash}, with its hash computed. */
    public static ChainLink of(long seq, AuditFields fields, String prevHash) {
        return new ChainLink(seq, fields, prevHash, hash(prevHash, seq, fields));
    }

    /** Whether the stored hash is the hash of this content at this seq. */
    public boolean selfConsistent() {
        return consistentAt(seq);
    }

    /** Whether the stored hash is the hash of this content had it been chained at {@code otherSeq}. */
    public boolean consistentAt(long otherSeq) {
        return hash.equals(hash(prevHash, otherSeq, fields));
    }

    public static String hash(String prevHash, long seq, AuditFields fields) {
        MessageDigest sha = sha256();
        sha.update(bytesOf(prevHash));
        sha.update(Canonical.encode(seq, fields));
        return HEX.formatHex(sha.digest());
    }

    private static byte[] bytesOf(String hex) {
        try {
            return HEX.parseHex(hex);
        } catch (IllegalArgumentException e) {
            // A tampered, unreadable link: hash its text, which can never reproduce the stored hash.
            return hex.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
