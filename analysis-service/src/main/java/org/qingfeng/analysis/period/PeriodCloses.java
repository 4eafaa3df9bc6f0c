package org.qingfeng.analysis.period;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.jspecify.annotations.Nullable;
import org.qingfeng.analysis.AnalysisProperties;
import org.qingfeng.analysis.period.rules.Figures;
import org.qingfeng.analysis.period.rules.Period;
import org.qingfeng.analysis.period.rules.PeriodState;
import org.qingfeng.analysis.period.rules.ReopenReason;
import org.qingfeng.analysis.rules.RulesViolated;
import org.qingfeng.analysis.web.ServiceUnavailable;
import org.qingfeng.contracts.EventIds;
import org.qingfeng.contracts.Topics;
import org.qingfeng.contracts.analysis.PeriodClosed;
import org.qingfeng.contracts.analysis.PeriodClosed.Figure;
import org.qingfeng.contracts.audit.AuditAction;
import org.qingfeng.support.audit.AuditEntry;
import org.qingfeng.support.audit.AuditTrail;
import org.qingfeng.support.kafka.Acks;
import org.qingfeng.support.security.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Service;

/**
 * Closes and reopens a station's month or quarter; the station is the caller's node. A close freezes
 * today's figures of every {@link FigureSource} with their digest as the next version; a reopening is
 * the next version too, without figures, and the close after it freezes a new set. Each command reserves
 * its version in {@link PeriodStore} first, so two commands at once never publish the same number (the
 * loser answers {@code 409}); it is audited, then published, and {@code 202} follows the broker's
 * acknowledgement. Nothing else is written here: the listener projects the event.
 */
@Service
class PeriodCloses {

    private static final Logger log = LoggerFactory.getLogger(PeriodCloses.class);

    private final PeriodStore store;
    private final PeriodFigures figures;
    private final AuditTrail audit;
    private final KafkaTemplate<String, Object> kafka;
    private final Clock clock;
    private final ZoneId zone;
    private final Duration ackTimeout;

    PeriodCloses(
            PeriodStore store,
            PeriodFigures figures,
            AuditTrail audit,
            KafkaTemplate<String, Object> kafka,
            Clock clock,
            AnalysisProperties properties) {
        this.store = store;
        this.figures = figures;
        this.audit = audit;
        this.kafka = kafka;
        this.clock = clock;
        this.zone = properties.zone();
        this.ackTimeout = properties.ackTimeout();
    }

    Closed close(@Nullable String periodText, Actor actor) {
        String station = stationOf(actor);
        Period period = parse(periodText);
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
        if (!period.hasEnded(now, zone)) {
            throw PeriodConflict.notEnded();
        }
        PeriodStore.Gate gate = store.gate(station, period.text());
        if (!gate.state().mayClose()) {
            throw PeriodConflict.alreadyClosed();
        }
        List<Figure> frozen = figures.now(station, period.text());
        String digest = Figures.digest(frozen);
        int version = reserve(station, period, gate, PeriodState.CLOSED);
        PeriodClosed closed =
                event(station, period, version, PeriodClosed.State.CLOSED, frozen, digest, null, actor, now);
        auditAndPublish(closed, "v" + version, gate.state(), actor);
        return new Closed(period.text(), version, digest, frozen.size());
    }

    Reopened reopen(@Nullable String periodText, @Nullable String reason, Actor actor) {
        String station = stationOf(actor);
        Period period = parse(periodText);
        ReopenReason.check(reason).ifPresent(violation -> {
            throw new RulesViolated(List.of(violation));
        });
        PeriodStore.Gate gate = store.gate(station, period.text());
        if (!gate.state().mayReopen()) {
            throw PeriodConflict.notClosed();
        }
        int version = reserve(station, period, gate, PeriodState.REOPENED);
        Instant now = Instant.now(clock).truncatedTo(ChronoUnit.MILLIS);
        PeriodClosed reopened = event(
                station,
                period,
                version,
                PeriodClosed.State.REOPENED,
                List.of(),
                null,
                Objects.requireNonNull(reason).strip(),
                actor,
                now);
        auditAndPublish(reopened, "v" + version + " " + PeriodState.REOPENED.name(), gate.state(), actor);
        return new Reopened(period.text(), version);
    }

    private int reserve(String station, Period period, PeriodStore.Gate gate, PeriodState state) {
        if (!store.claim(station, period.text(), gate, state)) {
            throw PeriodConflict.busy();
        }
        return gate.lastVersion() + 1;
    }

    private static String stationOf(Actor actor) {
        String node = actor.node();
        if (node == null) {
            throw RulesViolated.of("station", "账号未绑定节点 / the account holds no node");
        }
        return node;
    }

    private static Period parse(@Nullable String text) {
        return Period.parse(text == null ? "" : text)
                .orElseThrow(() ->
                        RulesViolated.of("period", "期间格式应为 yyyy-MM 或 yyyy-Qn / period must be yyyy-MM or yyyy-Qn"));
    }

    private static PeriodClosed event(
            String station,
            Period period,
            int version,
            PeriodClosed.State state,
            List<Figure> figures,
            @Nullable String digest,
            @Nullable String reason,
            Actor actor,
            Instant now) {
        String key = PeriodStore.key(station, period.text());
        return new PeriodClosed(
                EventIds.derive("period-closed", key + "#" + version + "#" + state.name()),
                now,
                station,
                period.text(),
                version,
                state,
                figures,
                digest,
                reason,
                actor.subject());
    }

    /**
     * Audits the act (the version and, for a reopening, the state; never the reason, which is staff
     * text), then publishes and waits for the acknowledgement. When either fails the reservation gives
     * {@code previous} back, so the period is not left looking closed without a published close.
     */
    private void auditAndPublish(PeriodClosed event, String detail, PeriodState previous, Actor actor) {
        String key = PeriodStore.key(event.stationCode(), event.period());
        ProducerRecord<String, Object> record = new ProducerRecord<>(Topics.PERIOD_CLOSED.name(), key, event);
        try {
            audit.record(
                    actor,
                    AuditEntry.of(AuditAction.PERIOD_CLOSED, "period", key, event.stationCode())
                            .detail(detail));
            Acks.sendAll(kafka, List.of(record), ackTimeout);
        } catch (Acks.AckFailed e) {
            store.release(event.stationCode(), event.period(), event.version(), previous);
            log.warn(
                    "Version {} of period {} not acknowledged by the broker: {}",
                    event.version(),
                    event.period(),
                    e.getClass().getSimpleName());
            throw new ServiceUnavailable("the broker did not acknowledge the period's version", e);
        } catch (RuntimeException e) {
            store.release(event.stationCode(), event.period(), event.version(), previous);
            throw e;
        }
    }

    /** The answer to a close. */
    record Closed(String period, int version, String digest, int figures) {}

    /** The answer to a reopening. */
    record Reopened(String period, int version) {}
}
