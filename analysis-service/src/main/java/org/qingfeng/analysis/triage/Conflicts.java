package org.qingfeng.analysis.triage;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.jspecify.annotations.Nullable;
import org.qingfeng.analysis.AnalysisProperties;
import org.qingfeng.analysis.rules.RulesViolated;
import org.qingfeng.analysis.rules.Violation;
import org.qingfeng.analysis.triage.rules.ConflictDraft;
import org.qingfeng.analysis.triage.rules.ConflictRules;
import org.qingfeng.analysis.triage.rules.ExclusionKind;
import org.qingfeng.analysis.triage.rules.Exclusions;
import org.qingfeng.analysis.web.ServiceUnavailable;
import org.qingfeng.contracts.Topics;
import org.qingfeng.contracts.analysis.ReviewerConflictDeclared;
import org.qingfeng.contracts.audit.AuditAction;
import org.qingfeng.support.audit.AuditEntry;
import org.qingfeng.support.audit.AuditTrail;
import org.qingfeng.support.kafka.Acks;
import org.qingfeng.support.security.Actor;
import org.qingfeng.support.security.NodeAncestry;
import org.qingfeng.support.security.OutOfScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Service;

/**
 * A reviewer declares and withdraws their own ties. Each is audited {@code CONFLICT_DECLARED} with the
 * kind only (the target is in the conflict id, the reason never) and published on the compacted
 * {@code analysis.reviewer-conflicts.v1}; the listener projects it. Nobody declares or withdraws for
 * someone else: the subject is the caller's, and another's conflict id answers as unknown.
 */
@Service
class Conflicts {

    private static final Logger log = LoggerFactory.getLogger(Conflicts.class);

    private final ConflictStore conflicts;
    private final ReviewerExclusions exclusions;
    private final NodeAncestry network;
    private final AuditTrail audit;
    private final KafkaTemplate<String, Object> kafka;
    private final Clock clock;
    private final Duration ackTimeout;

    Conflicts(
            ConflictStore conflicts,
            ReviewerExclusions exclusions,
            NodeAncestry network,
            AuditTrail audit,
            KafkaTemplate<String, Object> kafka,
            Clock clock,
            AnalysisProperties properties) {
        this.conflicts = conflicts;
        this.exclusions = exclusions;
        this.network = network;
        this.audit = audit;
        this.kafka = kafka;
        this.clock = clock;
        this.ackTimeout = properties.ackTimeout();
    }

    Declared declare(ConflictDraft draft, Actor reviewer) {
        List<Violation> violations =
                ConflictRules.check(draft, code -> !network.lineage(code).isEmpty());
        if (!violations.isEmpty()) {
            throw new RulesViolated(violations);
        }
        ReviewerConflictDeclared declared = ConflictRules.declared(reviewer.subject(), draft, now());
        audited(reviewer, declared, declared.kind().name());
        publish(declared);
        return new Declared(declared.conflictId());
    }

    Declared withdraw(Withdrawal withdrawal, Actor reviewer) {
        String conflictId = withdrawal.conflictId();
        if (conflictId == null || conflictId.isBlank()) {
            throw RulesViolated.of("conflictId", "必填 / required");
        }
        Conflict standing = conflicts
                .find(conflictId)
                .filter(c -> Exclusions.ownedBy(c.conflictId(), reviewer.subject()))
                .filter(c -> c.reviewerSubject().equals(reviewer.subject()))
                .filter(c -> !c.withdrawn() && c.kind() != ExclusionKind.NAMED)
                .orElseThrow(OutOfScope::new);
        ReviewerConflictDeclared withdrawn = ConflictRules.withdrawn(
                reviewer.subject(),
                ReviewerConflictDeclared.Kind.valueOf(standing.kind().name()),
                standing.target(),
                now());
        audited(reviewer, withdrawn, withdrawn.kind().name() + " WITHDRAWN");
        publish(withdrawn);
        return new Declared(withdrawn.conflictId());
    }

    Listing list(Actor reviewer) {
        List<Listed> declared = conflicts.declaredBy(reviewer.subject()).stream()
                .map(c -> new Listed(c.conflictId(), c.kind().name(), c.target(), c.reason(), c.declaredAt()))
                .toList();
        return new Listing(declared, exclusions.countFor(reviewer.subject()));
    }

    private void audited(Actor reviewer, ReviewerConflictDeclared fact, String detail) {
        audit.record(
                reviewer,
                AuditEntry.of(AuditAction.CONFLICT_DECLARED, "reviewer-conflict", fact.conflictId(), reviewer.node())
                        .detail(detail));
    }

    private void publish(ReviewerConflictDeclared fact) {
        ProducerRecord<String, Object> record =
                new ProducerRecord<>(Topics.REVIEWER_CONFLICTS.name(), fact.conflictId(), fact);
        try {
            Acks.sendAll(kafka, List.of(record), ackTimeout);
        } catch (Acks.AckFailed e) {
            log.warn(
                    "Reviewer conflict {} not acknowledged by the broker: {}",
                    fact.kind(),
                    e.getClass().getSimpleName());
            throw new ServiceUnavailable("the broker did not acknowledge the declaration", e);
        }
    }

    private Instant now() {
        return Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
    }

    /** {@code POST /api/triage/conflicts/withdrawal}. */
    record Withdrawal(@Nullable String conflictId) {}

    record Declared(String conflictId) {}

    record Listed(
            String conflictId,
            String kind,
            String target,
            @Nullable String reason,
            Instant declaredAt) {}

    /** The caller's standing declarations and how many items they have been kept off so far. */
    record Listing(List<Listed> conflicts, long exclusions) {}
}
