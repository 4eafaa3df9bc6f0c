package org.qingfeng.analysis.register;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.jspecify.annotations.Nullable;
import org.qingfeng.analysis.AnalysisProperties;
import org.qingfeng.analysis.network.NetworkDirectory;
import org.qingfeng.analysis.network.rules.NetworkNode;
import org.qingfeng.analysis.register.rules.PointDraft;
import org.qingfeng.analysis.register.rules.PointIds;
import org.qingfeng.analysis.register.rules.PointRules;
import org.qingfeng.analysis.register.rules.RiskPoint;
import org.qingfeng.analysis.rules.RulesViolated;
import org.qingfeng.analysis.rules.Violation;
import org.qingfeng.analysis.web.ServiceUnavailable;
import org.qingfeng.contracts.EventIds;
import org.qingfeng.contracts.Topics;
import org.qingfeng.contracts.analysis.RiskPointRecorded;
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
 * The register's commands: record (new or edited), retire, self-check, and a workbook's points all
 * at once. Each checks, reserves the point's next version, is audited ({@code REGISTER_CHANGED}, ids
 * and versions only), then publishes {@code RiskPointRecorded} and returns once the broker holds it;
 * the listener projects it like any record of the topic. A version whose publication failed stays
 * unused, so a point's versions always rise and may skip one.
 */
@Service
class Register {

    static final String TARGET = "risk-point";
    private static final Logger log = LoggerFactory.getLogger(Register.class);
    private static final int MAX_ID_TRIES = 100;

    private final RiskPointStore points;
    private final NetworkDirectory network;
    private final Scopes scopes;
    private final AuditTrail audit;
    private final KafkaTemplate<String, Object> kafka;
    private final Clock clock;
    private final AnalysisProperties properties;

    Register(
            RiskPointStore points,
            NetworkDirectory network,
            Scopes scopes,
            AuditTrail audit,
            KafkaTemplate<String, Object> kafka,
            Clock clock,
            AnalysisProperties properties) {
        this.points = points;
        this.network = network;
        this.scopes = scopes;
        this.audit = audit;
        this.kafka = kafka;
        this.clock = clock;
        this.properties = properties;
    }

    /** The answer: the point and the version just published. */
    record Recorded(String riskPointId, long version) {}

    Recorded record(PointDraft draft, Actor actor) {
        RiskPoint existing = existingInScope(actor, draft.riskPointId());
        PointRules.Checked checked = PointRules.check(draft, existing, PointRules.Context.json(today(), units()));
        if (!checked.valid()) {
            throw new RulesViolated(checked.violations());
        }
        RiskPoint point = Objects.requireNonNull(checked.point());
        scopes.require(actor, point.unitCode());
        return publish(List.of(point), actor, "recorded").get(0);
    }

    Recorded retire(@Nullable String riskPointId, Actor actor) {
        RiskPoint point = required(actor, riskPointId);
        if (!point.active()) {
            throw RulesViolated.of("riskPointId", "该风险点已撤销 / the point has already been retired");
        }
        return publish(List.of(point.retired()), actor, "retired").get(0);
    }

    Recorded selfCheck(@Nullable String riskPointId, @Nullable LocalDate on, Actor actor) {
        RiskPoint point = required(actor, riskPointId);
        List<Violation> violations = PointRules.checkSelfCheck(on, point, today());
        if (!violations.isEmpty()) {
            throw new RulesViolated(violations);
        }
        return publish(List.of(point.selfChecked(Objects.requireNonNull(on))), actor, "self-checked")
                .get(0);
    }

    /** Publishes checked points (a workbook's changed rows); new ones get their ids here. */
    List<Recorded> publish(List<RiskPoint> checked, Actor actor, String what) {
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
        List<RiskPointRecorded> events = new ArrayList<>();
        for (RiskPoint point : checked) {
            events.add(versioned(point, now));
        }
        List<AuditEntry> entries = events.stream()
                .map(e -> AuditEntry.of(AuditAction.REGISTER_CHANGED, TARGET, e.riskPointId(), e.unitCode())
                        .detail(what + " version=" + e.version()))
                .toList();
        if (!entries.isEmpty()) {
            audit.recordAll(actor, entries);
        }
        List<ProducerRecord<String, Object>> records = events.stream()
                .map(e -> new ProducerRecord<String, Object>(Topics.RISK_POINTS.name(), e.riskPointId(), e))
                .toList();
        try {
            Acks.sendAll(kafka, records, properties.ackTimeout());
        } catch (Acks.AckFailed e) {
            log.warn(
                    "{} risk point record(s) not acknowledged by the broker: {}",
                    records.size(),
                    e.getClass().getSimpleName());
            throw new ServiceUnavailable("the broker did not acknowledge the register change", e);
        }
        return events.stream()
                .map(e -> new Recorded(e.riskPointId(), e.version()))
                .toList();
    }

    /** Today in the service's zone: the day dates are checked against. */
    LocalDate today() {
        return LocalDate.now(clock.withZone(properties.zone()));
    }

    /** Whether a code is a node of analysis's network, in use. */
    Predicate<String> units() {
        Set<String> active = network.nodes().stream()
                .filter(NetworkNode::active)
                .map(NetworkNode::code)
                .collect(Collectors.toSet());
        return active::contains;
    }

    private RiskPointRecorded versioned(RiskPoint point, Instant now) {
        String id = point.riskPointId();
        long version;
        if (id.isEmpty()) {
            int tries = 0;
            do {
                id = PointIds.of(point.unitCode(), points.reserveNumber(point.unitCode()));
                version = points.reserveVersion(id);
            } while (version != 1 && ++tries < MAX_ID_TRIES);
        } else {
            version = points.reserveVersion(id);
        }
        return new RiskPointRecorded(
                EventIds.derive("risk-point-recorded", id + "#" + version),
                now,
                id,
                version,
                point.unitCode(),
                point.post(),
                point.description(),
                point.category(),
                point.level(),
                point.measures(),
                point.leaderLevel(),
                point.responsibleLeader(),
                point.holderSince(),
                point.lastSelfCheckOn(),
                point.keywords(),
                point.active());
    }

    private @Nullable RiskPoint existingInScope(Actor actor, @Nullable String riskPointId) {
        if (riskPointId == null || riskPointId.isBlank()) {
            return null;
        }
        RiskPoint existing = points.find(riskPointId.strip()).orElse(null);
        if (existing != null) {
            scopes.require(actor, existing.unitCode());
        }
        return existing;
    }

    private RiskPoint required(Actor actor, @Nullable String riskPointId) {
        if (riskPointId == null || riskPointId.isBlank()) {
            throw RulesViolated.of("riskPointId", "必填 / required");
        }
        RiskPoint point = existingInScope(actor, riskPointId);
        if (point == null) {
            throw new OutOfScope();
        }
        return point;
    }
}
