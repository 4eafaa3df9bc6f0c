package org.qingfeng.support.audit;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.qingfeng.contracts.Topics;
import org.qingfeng.contracts.audit.AuditRecorded;
import org.qingfeng.support.kafka.Acks;
import org.qingfeng.support.security.Actor;
import org.springframework.kafka.core.KafkaOperations;

/** The audit trail on its topic, keyed by service, each send acknowledged by all in-sync replicas. */
public final class KafkaAuditTrail implements AuditTrail {

    private final KafkaOperations<String, Object> kafka;
    private final String service;
    private final Clock clock;
    private final Duration timeout;

    public KafkaAuditTrail(KafkaOperations<String, Object> kafka, String service, Clock clock, Duration timeout) {
        this.kafka = kafka;
        this.service = service;
        this.clock = clock;
        this.timeout = timeout;
    }

    @Override
    public void record(Actor actor, AuditEntry entry) {
        recordAll(actor, List.of(entry));
    }

    @Override
    public void recordAll(Actor actor, List<AuditEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        List<ProducerRecord<String, Object>> records = entries.stream()
                .map(entry -> new ProducerRecord<String, Object>(
                        Topics.AUDIT_RECORDED.name(), service, recorded(actor, entry)))
                .toList();
        try {
            Acks.sendAll(kafka, records, timeout);
        } catch (Acks.AckFailed e) {
            throw new AuditUnavailable(e);
        }
    }

    private AuditRecorded recorded(Actor actor, AuditEntry entry) {
        return new AuditRecorded(
                UUID.randomUUID(),
                clock.instant(),
                service,
                actor.subject(),
                actor.roleNames(),
                actor.node(),
                entry.action(),
                entry.targetType(),
                entry.targetId(),
                entry.scopeNode(),
                entry.reason(),
                entry.outcome(),
                entry.detail());
    }
}
