package org.qingfeng.analysis.monthly;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.qingfeng.analysis.AnalysisProperties;
import org.qingfeng.analysis.monthly.rules.Finding;
import org.qingfeng.analysis.register.RiskLevels;
import org.qingfeng.analysis.web.ServiceUnavailable;
import org.qingfeng.contracts.EventIds;
import org.qingfeng.contracts.Topics;
import org.qingfeng.contracts.analysis.FindingPublished;
import org.qingfeng.contracts.analysis.FindingPublished.Destination;
import org.qingfeng.contracts.analysis.Severity;
import org.qingfeng.contracts.audit.AuditAction;
import org.qingfeng.support.audit.AuditEntry;
import org.qingfeng.support.audit.AuditTrail;
import org.qingfeng.support.kafka.Acks;
import org.qingfeng.support.security.Actor;
import org.qingfeng.support.security.OutOfScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Service;

/**
 * Publishes a finding the caller's own analysis of the month shows (a finding of another scope, or
 * one the data no longer supports, is answered as not found), with its items, history, the unit's
 * risk level from the register when the register is there, and the caller as publisher. Audited
 * before it is published; {@code 202} once the broker acknowledged it; the projection is written by
 * the listener.
 */
@Service
class FindingPublication {

    private static final Logger log = LoggerFactory.getLogger(FindingPublication.class);

    private final MonthlyAnalysis analysis;
    private final ObjectProvider<RiskLevels> riskLevels;
    private final AuditTrail audit;
    private final KafkaTemplate<String, Object> kafka;
    private final Clock clock;
    private final Duration ackTimeout;

    FindingPublication(
            MonthlyAnalysis analysis,
            ObjectProvider<RiskLevels> riskLevels,
            AuditTrail audit,
            KafkaTemplate<String, Object> kafka,
            Clock clock,
            AnalysisProperties properties) {
        this.analysis = analysis;
        this.riskLevels = riskLevels;
        this.audit = audit;
        this.kafka = kafka;
        this.clock = clock;
        this.ackTimeout = properties.ackTimeout();
    }

    UUID publish(YearMonth month, UUID findingId, Destination destination, Severity severity, Actor actor) {
        String station = actor.node();
        if (station == null) {
            throw new OutOfScope();
        }
        MonthlyAnalysis.Analysed analysed = analysis.analyse(month, station);
        Finding finding = analysed.findings().stream()
                .filter(f -> f.findingId().equals(findingId))
                .findFirst()
                .orElseThrow(OutOfScope::new);
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
        RiskLevels levels = riskLevels.getIfAvailable();
        FindingPublished event = new FindingPublished(
                EventIds.derive("finding-published", findingId + "#" + now.toEpochMilli()),
                now,
                findingId,
                month.toString(),
                station,
                finding.kind(),
                destination,
                finding.regionCode(),
                finding.unitCode(),
                finding.unitCodes(),
                finding.subjectArea(),
                severity,
                levels == null ? null : levels.highestFor(finding.unitCode()).orElse(null),
                finding.evidence(),
                finding.history(),
                analysis.evidence(analysed).itemsOf(finding),
                finding.competentDepartmentCode(),
                Finding.METHOD,
                actor.subject());
        audit.record(
                actor,
                AuditEntry.of(AuditAction.FINDING_PUBLISHED, "finding", findingId.toString(), finding.regionCode())
                        .detail(finding.kind().name() + " " + destination.name() + " items="
                                + event.itemIds().size()));
        try {
            Acks.sendAll(
                    kafka,
                    List.of(new ProducerRecord<>(Topics.FINDINGS.name(), findingId.toString(), event)),
                    ackTimeout);
        } catch (Acks.AckFailed e) {
            log.warn(
                    "Finding {} not acknowledged by the broker: {}",
                    findingId,
                    e.getClass().getSimpleName());
            throw new ServiceUnavailable("the broker did not acknowledge the finding", e);
        }
        return findingId;
    }
}
