package org.qingfeng.contracts.intake;

/**
 * Envelope-encrypted bytes: the plaintext sealed with AES-256-GCM under a fresh data key, the data
 * key itself sealed with the key-encryption key named by {@code keyId}. All fields Base64.
 *
 * @param keyId which key-encryption key sealed the data key, so keys can be rotated
 * @param wrappedKey the data key, sealed (nonce and tag included)
 * @param nonce the 96-bit GCM nonce of {@code ciphertext}
 * @param ciphertext the sealed plaintext with its GCM tag
 */
public record SealedBox(String keyId, String wrappedKey, String nonce, String ciphertext) {}
