package org.qingfeng.intake;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import tools.jackson.databind.json.JsonMapper;

/** Calls of the SMS gateway's webhook as the gateway makes them: the body and its signature. */
final class SmsFixtures {

    private SmsFixtures() {}

    static String body(String messageId, String from, String text) {
        return JsonMapper.shared()
                .writeValueAsString(Map.of(
                        "messageId",
                        messageId,
                        "from",
                        from,
                        "text",
                        text,
                        "receivedAt",
                        Instant.now().toString()));
    }

    /** {@code sha256=} and the hex HMAC-SHA256 of {@code timestamp.body} under {@code secret}. */
    static String sign(String secret, String timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
