package org.qingfeng.analysis.triage;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.jspecify.annotations.Nullable;
import org.qingfeng.analysis.AnalysisProperties;
import org.qingfeng.analysis.rules.RulesViolated;
import org.qingfeng.analysis.rules.Violation;
import org.qingfeng.analysis.triage.rules.ExclusionKind;
import org.qingfeng.analysis.triage.rules.TriageDraft;
import org.qingfeng.analysis.triage.rules.TriageRules;
import org.qingfeng.analysis.web.ServiceUnavailable;
import org.qingfeng.contracts.Topics;
import org.qingfeng.contracts.analysis.ItemTriaged;
import org.qingfeng.contracts.audit.AuditAction;
import org.qingfeng.support.audit.AuditEntry;
import org.qingfeng.support.audit.AuditTrail;
import org.qingfeng.support.kafka.Acks;
import org.qingfeng.support.security.Actor;
import org.qingfeng.support.security.OutOfScope;
import org.qingfeng.support.security.Scopes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Service;

/**
 * Takes a decision: checks it, reserves the item's next decision number, publishes {@code
 * ItemTriaged} and returns once the broker has acknowledged it. Nothing is written to Mongo here: the
 * listener projects the decision like any other record of the topic.
 *
 * <p>A number whose publication failed stays unused, so the numbers of an item's decisions always
 * rise but may skip one; reusing it could give two different decisions the same event id.
 *
 * <p>Only items in the caller's subtree can be decided on (or named as the related item); any other
 * is answered as not found. The decision is audited before it is published, with the decision's
 * name only: the reason is staff text that may tell the case, and stays off the audit trail. A
 * decision that cannot be audited is not taken. A reviewer kept off the item (a declared tie, or
 * named in it) is answered as for an unknown item; the decision carries the caller as {@code decidedBy}.
 */
@Service
class Triage {

    private static final Logger log = LoggerFactory.getLogger(Triage.class);

    private final TriageItemStore items;
    private final Scopes scopes;
    private final AuditTrail audit;
    private final KafkaTemplate<String, Object> kafka;
    private final Clock clock;
    private final Duration ackTimeout;
    private final MeterRegistry meters;
    private final ReviewerExclusions exclusions;
    private final Set<String> subjectAreas;

    Triage(
            TriageItemStore items,
            ReviewerExclusions exclusions,
            TriageProperties triage,
            Scopes scopes,
            AuditTrail audit,
            KafkaTemplate<String, Object> kafka,
            Clock clock,
            AnalysisProperties properties,
            MeterRegistry meters) {
        this.items = items;
        this.exclusions = exclusions;
        this.subjectAreas = triage.subjectAreaCodes();
        this.scopes = scopes;
        this.audit = audit;
        this.kafka = kafka;
        this.clock = clock;
        this.ackTimeout = properties.ackTimeout();
        this.meters = meters;
    }

    Decided decide(TriageDraft draft, Actor actor) {
        String region = regionInScope(actor, draft.itemId());
        regionInScope(actor, draft.relatedItemId());
        notExcluded(actor, draft.itemId(), region);
        List<Violation> violations = TriageRules.check(draft, items::known, subjectAreas);
        if (!violations.isEmpty()) {
            throw new RulesViolated(violations);
        }
        UUID itemId = Objects.requireNonNull(draft.itemId());
        int sequence = items.claimNext(itemId)
                .orElseThrow(
                        () -> RulesViolated.of("itemId", "分析服务尚未收到该事项 / analysis has not seen this item submitted"));
        ItemTriaged triaged = TriageRules.triaged(
                draft, sequence, Instant.now(clock).truncatedTo(ChronoUnit.MILLIS), actor.subject());
        audit.record(
                actor,
                AuditEntry.of(AuditAction.TRIAGE_DECIDED, "item", itemId.toString(), region)
                        .detail(triaged.decision().name()));
        publish(triaged);
        counter(triaged).increment();
        return new Decided(itemId, sequence);
    }

    /**
     * The region of an item analysis has seen, when it lies in the caller's subtree; one outside it is
     * answered as not found; null for an item not seen (the rules then name it).
     */
    private @Nullable String regionInScope(Actor actor, @Nullable UUID itemId) {
        if (itemId == null) {
            return null;
        }
        String region = items.regionOf(itemId).orElse(null);
        if (region != null) {
            scopes.require(actor, region);
        }
        return region;
    }

    /**
     * A reviewer kept off an item cannot decide on it, and learns no more than of an unknown item;
     * the attempt is audited as denied.
     */
    private void notExcluded(Actor actor, @Nullable UUID itemId, @Nullable String region) {
        if (itemId == null || region == null) {
            return;
        }
        Optional<ExclusionKind> excluded = exclusions.excluded(actor, itemId);
        if (excluded.isPresent()) {
            audit.record(
                    actor,
                    ReviewerExclusions.audited(itemId, excluded.get(), region).denied());
            throw new OutOfScope();
        }
    }

    private void publish(ItemTriaged triaged) {
        ProducerRecord<String, Object> record = new ProducerRecord<>(
                Topics.ITEM_TRIAGED.name(), triaged.itemId().toString(), triaged);
        try {
            Acks.sendAll(kafka, List.of(record), ackTimeout);
        } catch (Acks.AckFailed e) {
            log.warn(
                    "Decision {} on item {} not acknowledged by the broker: {}",
                    triaged.sequence(),
                    triaged.itemId(),
                    e.getClass().getSimpleName());
            throw new ServiceUnavailable("the broker did not acknowledge the decision", e);
        }
    }

    private Counter counter(ItemTriaged triaged) {
        return Counter.builder("analysis.items.triaged")
                .description("Triage decisions acknowledged by the broker")
                .tag("decision", triaged.decision().name())
                .register(meters);
    }

    /** The answer: the item and the number of this decision on it. */
    record Decided(UUID itemId, int sequence) {}
}
