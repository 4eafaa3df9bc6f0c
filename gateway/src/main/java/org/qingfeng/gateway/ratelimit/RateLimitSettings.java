package org.qingfeng.gateway.ratelimit;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings under {@code gateway.rate-limit.*}.
 *
 * @param submissionsPerMinute anonymous {@code POST /api/items} per client address
 * @param receiptLookupsPerMinute anonymous {@code POST /api/receipts/status} per client address
 * @param perPrincipalPerMinute every request of one signed-in user or token subject
 * @param trustedProxies peer addresses whose {@code X-Forwarded-For} is believed
 */
@ConfigurationProperties("gateway.rate-limit")
record RateLimitSettings(
        int submissionsPerMinute,
        int receiptLookupsPerMinute,
        int perPrincipalPerMinute,
        List<String> trustedProxies) {}
