package org.qingfeng.audit;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code qingfeng.audit.*}.
 *
 * @param anchorFile the append-only witness file every anchor line is appended to
 * @param anchorKey the HMAC-SHA256 key that signs the anchor lines; never kept in the database
 * @param anchorEvery an anchor at every seq that is a multiple of this
 * @param anchorInterval also an anchor this often, if the head moved since the last one
 * @param replicationFactor of the topics this service declares
 */
@ConfigurationProperties("qingfeng.audit")
public record AuditProperties(
        @DefaultValue("data/audit/anchors.log") Path anchorFile,
        @DefaultValue(AuditProperties.LOCAL_ANCHOR_KEY) String anchorKey,
        @DefaultValue("1000") int anchorEvery,
        @DefaultValue("10m") Duration anchorInterval,
        @DefaultValue("1") short replicationFactor) {

    /** For a machine of one's own only: a real deployment sets {@code AUDIT_ANCHOR_KEY}. */
    public static final String LOCAL_ANCHOR_KEY = "local-only-audit-anchor-key-not-for-production";

    public AuditProperties {
        if (anchorEvery < 1) {
            throw new IllegalArgumentException("qingfeng.audit.anchor-every must be at least 1");
        }
    }

    public boolean usesLocalKey() {
        return LOCAL_ANCHOR_KEY.equals(anchorKey);
    }
}
