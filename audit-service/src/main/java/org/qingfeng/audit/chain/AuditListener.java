package org.qingfeng.audit.chain;

import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jspecify.annotations.Nullable;
import org.qingfeng.audit.chain.rules.AuditFields;
import org.qingfeng.contracts.audit.AuditRecorded;
import org.qingfeng.support.kafka.Polls;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Chains the audit topic, one bulk insert per poll, offsets committed after it. The topic has one
 * partition, so the group {@code audit-service} has one active consumer: the chain's single writer.
 */
@Component
class AuditListener {

    private final AuditChain chain;

    AuditListener(AuditChain chain) {
        this.chain = chain;
    }

    @KafkaListener(topics = "#{T(org.qingfeng.contracts.Topics).AUDIT_RECORDED.name()}")
    void on(List<ConsumerRecord<String, @Nullable Object>> records) {
        Polls.process(records, AuditRecorded.class, AuditListener::fields, chain::append);
    }

    static AuditFields fields(AuditRecorded e) {
        return new AuditFields(
                e.eventId().toString(),
                e.occurredAt(),
                e.service(),
                e.actor(),
                e.actorRoles(),
                e.actorNode(),
                e.action().name(),
                e.targetType(),
                e.targetId(),
                e.scopeNode(),
                e.reason(),
                e.outcome(),
                e.detail());
    }
}
