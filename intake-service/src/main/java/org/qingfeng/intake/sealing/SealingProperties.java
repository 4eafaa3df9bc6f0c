package org.qingfeng.intake.sealing;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Keys for personal data, under {@code intake.sealing.*}. In production they come from the
 * environment or a secret store ({@code INTAKE_SEALING_KEYS_<ID>}, {@code INTAKE_SEALING_ACTIVE_KEY},
 * {@code INTAKE_PSEUDONYM_KEY}); the local defaults below exist only so a developer's machine starts,
 * and intake warns about them at start.
 *
 * @param keys key-encryption keys by id, Base64 of 32 bytes each; keep old ones after a rotation
 * @param activeKey the id new boxes are sealed with
 * @param pseudonymKey Base64 of at least 32 bytes: the HMAC key of informant tokens and digests; never rotated
 *     without re-issuing every token
 */
@ConfigurationProperties("intake.sealing")
public record SealingProperties(Map<String, String> keys, String activeKey, String pseudonymKey) {

    /** Only for a developer's machine: anyone reading this file can open what it sealed. */
    static final String LOCAL_KEY_ID = "local";

    static final String LOCAL_KEY =
            Base64.getEncoder().encodeToString("qingfeng-local-sealing-key-32-b!".getBytes(StandardCharsets.US_ASCII));
    static final String LOCAL_PSEUDONYM_KEY = Base64.getEncoder()
            .encodeToString("qingfeng-local-pseudonym-key-not-for-production".getBytes(StandardCharsets.US_ASCII));

    public SealingProperties {
        keys = keys == null || keys.isEmpty() ? Map.of(LOCAL_KEY_ID, LOCAL_KEY) : Map.copyOf(keys);
        activeKey = activeKey == null || activeKey.isBlank()
                ? keys.keySet().iterator().next()
                : activeKey;
        pseudonymKey = pseudonymKey == null || pseudonymKey.isBlank() ? LOCAL_PSEUDONYM_KEY : pseudonymKey;
    }

    public boolean usesLocalKeys() {
        return LOCAL_KEY.equals(keys.get(LOCAL_KEY_ID)) || LOCAL_PSEUDONYM_KEY.equals(pseudonymKey);
    }

    public Sealer sealer() {
        Map<String, byte[]> decoded = new HashMap<>();
        keys.forEach((id, key) -> decoded.put(id, Base64.getDecoder().decode(key)));
        return new Sealer(decoded, activeKey);
    }

    public Pseudonyms pseudonyms() {
        return new Pseudonyms(Base64.getDecoder().decode(pseudonymKey));
    }
}
