package org.qingfeng.intake.informant;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.qingfeng.contracts.audit.AuditAction;
import org.qingfeng.contracts.intake.InformantRecorded;
import org.qingfeng.contracts.intake.InformantRecorded.Verdict;
import org.qingfeng.contracts.intake.NodeKind;
import org.qingfeng.intake.informant.rules.Appointment;
import org.qingfeng.intake.informant.rules.AppointmentDraft;
import org.qingfeng.intake.informant.rules.AppointmentRules;
import org.qingfeng.intake.informant.rules.ChangeRules;
import org.qingfeng.intake.informant.rules.ContactDraft;
import org.qingfeng.intake.informant.rules.DecisionDraft;
import org.qingfeng.intake.informant.rules.Identity;
import org.qingfeng.intake.informant.rules.InformantChanges;
import org.qingfeng.intake.informant.rules.StatusDraft;
import org.qingfeng.intake.informant.rules.TrainingDraft;
import org.qingfeng.intake.network.CurrentNetwork;
import org.qingfeng.intake.network.NetworkScope;
import org.qingfeng.intake.network.rules.NetworkView;
import org.qingfeng.intake.rules.RulesViolated;
import org.qingfeng.intake.rules.Violation;
import org.qingfeng.intake.web.Forbidden;
import org.qingfeng.intake.web.NotFound;
import org.qingfeng.support.audit.AuditEntry;
import org.qingfeng.support.audit.AuditTrail;
import org.qingfeng.support.security.Actor;
import org.qingfeng.support.security.Role;
import org.qingfeng.support.security.Scopes;
import org.springframework.stereotype.Service;

/**
 * The roster's commands. Each reads the informant from this instance's roster, makes the next
 * version, publishes it and applies it once the broker holds it, so the next command here sees it.
 *
 * <p>One lock serialises the writes of this instance: two changes to one informant must not both
 * build on the same version. Roster changes are staff work, a few a minute, so one lock costs
 * nothing; across instances the projection keeps the newest version.
 *
 * <p>Every command acts for a caller: on informants whose home node lies in the caller's subtree
 * (others answer as unknown, {@code 404}), and is audited once the broker holds the change.
 */
@Service
public class InformantService {

    /** The commissions' calendar: "today" and "this year" are China's. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    static final String TARGET = "informant";
    static final int MIN_REVEAL_REASON = 10;
    static final int MAX_REVEAL_REASON = 500;

    private final RosterRegistry roster;
    private final CurrentNetwork network;
    private final InformantPublisher publisher;
    private final InformantSeals seals;
    private final Clock clock;
    private final Scopes scopes;
    private final AuditTrail audit;
    private final ReentrantLock writes = new ReentrantLock();

    InformantService(
            RosterRegistry roster,
            CurrentNetwork network,
            InformantPublisher publisher,
            InformantSeals seals,
            Clock clock,
            Scopes scopes,
            AuditTrail audit) {
        this.roster = roster;
        this.network = network;
        this.publisher = publisher;
        this.seals = seals;
        this.clock = clock;
        this.scopes = scopes;
        this.audit = audit;
    }

    /**
     * Appoints and returns the token; {@link InformantNumberTaken} if the number is on the roster,
     * {@link Forbidden} when the appointing unit is not the caller's or the home node lies outside.
     */
    String appoint(AppointmentDraft draft, Actor actor) {
        NetworkView view = network.view();
        requireAppointer(draft, actor, view);
        Appointment appointment = AppointmentRules.check(draft, view, today());
        String token = seals.token(appointment.identity());
        locked(() -> {
            if (roster.view().informant(token).isPresent()) {
                throw new InformantNumberTaken();
            }
            publish(List.of(
                    InformantChanges.appointed(token, appointment, seals.identity(appointment.identity()), now())));
            return token;
        });
        audit.record(actor, changed(token, appointment.homeNodeCode(), "APPOINTED"));
        return token;
    }

    /**
     * The appointing unit is the caller's own node; work-station staff, who hold their role at the
     * county, appoint in the name of a work station of their county. The home node lies in the
     * caller's subtree. Unknown codes are left to the appointment rules, which name them.
     */
    private static void requireAppointer(AppointmentDraft draft, Actor actor, NetworkView view) {
        String by =
                draft.appointedByCode() == null ? null : draft.appointedByCode().strip();
        if (by != null && !by.isEmpty() && !by.equals(actor.node())) {
            boolean stationOfCounty = actor.has(Role.WORK_STATION_STAFF)
                    && NetworkScope.inside(actor, by, view)
                    && view.node(by)
                            .filter(n -> n.kind() == NodeKind.WORK_STATION)
                            .isPresent();
            if (!stationOfCounty) {
                throw Forbidden.field("appointedByCode", "聘任单位须为您所在的单位 / the appointing unit must be your own");
            }
        }
        String home = draft.homeNodeCode() == null ? null : draft.homeNodeCode().strip();
        if (home != null && view.node(home).isPresent() && !NetworkScope.inside(actor, home, view)) {
            throw new Forbidden(List.of(NetworkScope.outside("homeNodeCode")));
        }
    }

    /**
     * The informant's identity, opened for the identity custodian, audited with the reason before
     * it is returned: when the audit record cannot be made durable nothing is opened for the caller.
     */
    Identity reveal(@Nullable String token, @Nullable String reason, Actor actor) {
        List<Violation> violations = new ArrayList<>();
        if (token == null || token.isBlank()) {
            violations.add(new Violation("informantToken", "必填 / required"));
        }
        if (reason == null || reason.strip().length() < MIN_REVEAL_REASON) {
            violations.add(new Violation("reason", "须说明查看身份的理由，至少 10 个字 / state why, in at least 10 characters"));
        } else if (reason.strip().length() > MAX_REVEAL_REASON) {
            violations.add(new Violation("reason", "理由不能超过 500 个字 / at most 500 characters"));
        }
        if (!violations.isEmpty()) {
            throw new RulesViolated(violations);
        }
        InformantRecorded informant = roster.view()
                .informant(Objects.requireNonNull(token).strip())
                .filter(r -> scopes.covers(actor, r.homeNodeCode()))
                .orElseThrow(() -> new NotFound("没有这个信息员 / No such informant"));
        Identity identity = seals.open(informant.identity());
        audit.record(
                actor,
                AuditEntry.of(
                                AuditAction.IDENTITY_REVEALED,
                                TARGET,
                                informant.informantToken(),
                                informant.homeNodeCode())
                        .because(Objects.requireNonNull(reason).strip()));
        return identity;
    }

    long changeStatus(StatusDraft draft, Actor actor) {
        return change(draft.informantToken(), actor, "STATUS " + draft.status(), current -> {
            ChangeRules.checkStatus(draft, current);
            return InformantChanges.statusChanged(
                    current,
                    Objects.requireNonNull(draft.status()),
                    seals.seal(InformantSeals.STATUS_REASON, String.valueOf(draft.reason())),
                    now());
        });
    }

    long addTraining(TrainingDraft draft, Actor actor) {
        return change(draft.informantToken(), actor, "TRAINING", current -> {
            ChangeRules.checkTraining(draft, today(), roster);
            return InformantChanges.trained(current, draft, now());
        });
    }

    long addContact(ContactDraft draft, Actor actor) {
        return change(draft.informantToken(), actor, "CONTACT", current -> {
            ChangeRules.checkContact(draft, today());
            return InformantChanges.contacted(
                    current, draft, seals.sealOrNull(InformantSeals.CONTACT_NOTE, draft.note()), now());
        });
    }

    /** Decided by the caller: the body's {@code decidedBy} is replaced by the caller's subject. */
    long decide(DecisionDraft sent, Actor actor) {
        DecisionDraft draft = sent.decidedBy(actor.subject());
        return change(draft.informantToken(), actor, "DECISION " + draft.verdict(), current -> {
            ChangeRules.checkDecision(draft, today());
            boolean dismissal = draft.verdict() == Verdict.DISMISS;
            return InformantChanges.decided(
                    current,
                    draft,
                    seals.sealOrNull(InformantSeals.DECISION_REASON, draft.reason()),
                    dismissal ? seals.sealOrNull(InformantSeals.STATUS_REASON, draft.reason()) : null,
                    now());
        });
    }

    /** Today in China, from the service's clock. */
    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZONE);
    }

    /** Runs {@code work} while no other roster write of this instance runs. */
    <T> T locked(Supplier<T> work) {
        writes.lock();
        try {
            return work.get();
        } finally {
            writes.unlock();
        }
    }

    /** Publishes, waits for the broker, then applies to this instance's roster. */
    void publish(List<InformantRecorded> records) {
        publisher.publish(records);
        roster.apply(records);
    }

    Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private long change(
            @Nullable String token, Actor actor, String what, Function<InformantRecorded, InformantRecorded> change) {
        InformantRecorded next = locked(() -> {
            InformantRecorded made = change.apply(current(token, actor));
            publish(List.of(made));
            return made;
        });
        audit.record(actor, changed(next.informantToken(), next.homeNodeCode(), what));
        return next.version();
    }

    /** The informant to change; one outside the caller's subtree is answered as not found. */
    private InformantRecorded current(@Nullable String token, Actor actor) {
        if (token == null || token.isBlank()) {
            throw new RulesViolated(List.of(new Violation("informantToken", "必填 / required")));
        }
        InformantRecorded current = roster.view()
                .informant(token.strip())
                .orElseThrow(() ->
                        new RulesViolated(List.of(new Violation("informantToken", "没有这个信息员 / no such informant"))));
        scopes.require(actor, current.homeNodeCode());
        return current;
    }

    private static AuditEntry changed(String token, String homeNodeCode, String what) {
        return AuditEntry.of(AuditAction.INFORMANT_CHANGED, TARGET, token, homeNodeCode)
                .detail(what);
    }
}
