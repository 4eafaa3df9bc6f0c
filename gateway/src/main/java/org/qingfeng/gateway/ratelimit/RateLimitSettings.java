package org.qingfeng.gateway.ratelimit;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code gateway.rate-limit.*}.
 *
 * @param submissionsPerMinute anonymous {@code POST /api/items} per client address
 * @param receiptLookupsPerMinute anonymous {@code POST /api/receipts/status} per client address
 * @param perPrincipalPerMinute every request of one signed-in user or token subject
 * @param wrongReceiptsPerHour receipt look-ups answered 404 (no such receipt) per client address, by
 *     the API or by the follow-up page; once spent, every receipt look-up from that address is refused
 * @param trustedProxies peer addresses whose {@code X-Forwarded-For} is believed
 */
@ConfigurationProperties("gateway.rate-limit")
record RateLimitSettings(
        int submissionsPerMinute,
        int receiptLookupsPerMinute,
        int perPrincipalPerMinute,
        @DefaultValue("10") int wrongReceiptsPerHour,
        List<String> trustedProxies) {}
