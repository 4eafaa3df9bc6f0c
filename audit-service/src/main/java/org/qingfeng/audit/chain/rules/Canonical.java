package org.qingfeng.audit.chain.rules;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The canonical bytes of a chained record, version 1 ({@value #VERSION}). Never the JSON of a
 * driver, whose key order and number formats are not ours to fix. Each field is a 4-byte
 * big-endian length and its UTF-8 bytes, a missing value the length {@code -1}; a list is a 4-byte
 * count and then its items as fields. The order is fixed: the version tag, seq (decimal), eventId,
 * occurredAt (epoch milliseconds, decimal), service, actor, actorRoles, actorNode, action,
 * targetType, targetId, scopeNode, reason, outcome, detail. A change of any of this is a new
 * version tag, never an edit of this one.
 */
public final class Canonical {

    public static final String VERSION = "qingfeng-audit-chain-v1";

    private Canonical() {}

    public static byte[] encode(long seq, AuditFields f) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        field(out, VERSION);
        field(out, Long.toString(seq));
        field(out, f.eventId());
        field(out, f.occurredAt() == null ? null : Long.toString(f.occurredAt().toEpochMilli()));
        field(out, f.service());
        field(out, f.actor());
        list(out, f.actorRoles());
        field(out, f.actorNode());
        field(out, f.action());
        field(out, f.targetType());
        field(out, f.targetId());
        field(out, f.scopeNode());
        field(out, f.reason());
        field(out, f.outcome());
        field(out, f.detail());
        return out.toByteArray();
    }

    private static void list(ByteArrayOutputStream out, List<String> items) {
        out.writeBytes(ByteBuffer.allocate(4).putInt(items.size()).array());
        items.forEach(item -> field(out, item));
    }

    private static void field(ByteArrayOutputStream out, @Nullable String value) {
        if (value == null) {
            out.writeBytes(ByteBuffer.allocate(4).putInt(-1).array());
            return;
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        out.writeBytes(ByteBuffer.allocate(4).putInt(bytes.length).array());
        out.writeBytes(bytes);
    }
}
