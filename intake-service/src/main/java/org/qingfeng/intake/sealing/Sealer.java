package org.qingfeng.intake.sealing;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.qingfeng.contracts.intake.SealedBox;

/**
 * Envelope encryption for personal data: each value is sealed with AES-256-GCM under a fresh data
 * key, and the data key is sealed under the active key-encryption key. Opening picks the
 * key-encryption key by the id the box names, so old boxes stay readable after a rotation and can be
 * re-sealed with {@link #reseal}.
 *
 * <p>The associated data binds a box to its purpose (such as {@code informant-identity}), so a box
 * copied into another field does not open there.
 */
public final class Sealer {

    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final Base64.Encoder B64 = Base64.getEncoder();
    private static final Base64.Decoder B64D = Base64.getDecoder();

    private final Map<String, SecretKey> keys;
    private final String activeKeyId;
    private final SecureRandom random = new SecureRandom();

    /**
     * @param keys key-encryption keys by id, each 32 bytes
     * @param activeKeyId the key new boxes are sealed with
     */
    public Sealer(Map<String, byte[]> keys, String activeKeyId) {
        if (!keys.containsKey(activeKeyId)) {
            throw new IllegalArgumentException("the active sealing key '" + activeKeyId + "' is not configured");
        }
        keys.forEach((id, key) -> {
            if (key.length != 32) {
                throw new IllegalArgumentException("sealing key '" + id + "' must be 32 bytes, is " + key.length);
            }
        });
        this.keys =
                Map.copyOf(keys.entrySet().stream().collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e ->
                        (SecretKey) new SecretKeySpec(e.getValue(), "AES"))));
        this.activeKeyId = activeKeyId;
    }

    public String activeKeyId() {
        return activeKeyId;
    }

    public SealedBox seal(String purpose, String plaintext) {
        return sealBytes(purpose, plaintext.getBytes(StandardCharsets.UTF_8));
    }

    /** Bytes sealed as {@link #seal} seals text: for files, whose content is not text. */
    public SealedBox sealBytes(String purpose, byte[] plaintext) {
        try {
            KeyGenerator generator = KeyGenerator.getInstance("AES");
            generator.init(256, random);
            SecretKey dataKey = generator.generateKey();
            byte[] nonce = nonce();
            byte[] ciphertext =
                    gcm(Cipher.ENCRYPT_MODE, dataKey, nonce, purpose).doFinal(plaintext);
            byte[] keyNonce = nonce();
            byte[] wrapped = gcm(Cipher.ENCRYPT_MODE, keys.get(activeKeyId), keyNonce, "data-key:" + activeKeyId)
                    .doFinal(dataKey.getEncoded());
            return new SealedBox(
                    activeKeyId,
                    B64.encodeToString(concat(keyNonce, wrapped)),
                    B64.encodeToString(nonce),
                    B64.encodeToString(ciphertext));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
        }
    }

    /** The plaintext, or {@link SealedBoxUnreadable} if the key is unknown or the box was altered. */
    public String open(String purpose, SealedBox box) {
        return new String(openBytes(purpose, box), StandardCharsets.UTF_8);
    }

    /** The bytes, or {@link SealedBoxUnreadable} if the key is unknown or the box was altered. */
    public byte[] openBytes(String purpose, SealedBox box) {
        SecretKey keyEncryptionKey = keys.get(box.keyId());
        if (keyEncryptionKey == null) {
            throw new SealedBoxUnreadable("no sealing key '" + box.keyId() + "' is configured");
        }
        try {
            byte[] wrapped = B64D.decode(box.wrappedKey());
            byte[] keyNonce = java.util.Arrays.copyOf(wrapped, NONCE_BYTES);
            byte[] keyCiphertext = java.util.Arrays.copyOfRange(wrapped, NONCE_BYTES, wrapped.length);
            byte[] dataKey = gcm(Cipher.DECRYPT_MODE, keyEncryptionKey, keyNonce, "data-key:" + box.keyId())
                    .doFinal(keyCiphertext);
            return gcm(Cipher.DECRYPT_MODE, new SecretKeySpec(dataKey, "AES"), B64D.decode(box.nonce()), purpose)
                    .doFinal(B64D.decode(box.ciphertext()));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new SealedBoxUnreadable("the sealed box does not open: altered, or sealed for another purpose");
        }
    }

    /** The same plaintext under the active key: what a key rotation does to each stored box. */
    public SealedBox reseal(String purpose, SealedBox box) {
        return box.keyId().equals(activeKeyId) ? box : seal(purpose, open(purpose, box));
    }

    private byte[] nonce() {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        return nonce;
    }

    private static Cipher gcm(int mode, SecretKey key, byte[] nonce, String associatedData)
            throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(associatedData.getBytes(StandardCharsets.UTF_8));
        return cipher;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] both = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
