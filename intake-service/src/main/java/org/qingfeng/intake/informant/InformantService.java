package org.qingfeng.intake.informant;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.qingfeng.contracts.intake.InformantRecorded;
import org.qingfeng.contracts.intake.InformantRecorded.Verdict;
import org.qingfeng.intake.informant.rules.Appointment;
import org.qingfeng.intake.informant.rules.AppointmentDraft;
import org.qingfeng.intake.informant.rules.AppointmentRules;
import org.qingfeng.intake.informant.rules.ChangeRules;
import org.qingfeng.intake.informant.rules.ContactDraft;
import org.qingfeng.intake.informant.rules.DecisionDraft;
import org.qingfeng.intake.informant.rules.InformantChanges;
import org.qingfeng.intake.informant.rules.StatusDraft;
import org.qingfeng.intake.informant.rules.TrainingDraft;
import org.qingfeng.intake.network.CurrentNetwork;
import org.qingfeng.intake.rules.RulesViolated;
import org.qingfeng.intake.rules.Violation;
import org.springframework.stereotype.Service;

/**
 * The roster's commands. Each reads the informant from this instance's roster, makes the next
 * version, publishes it and applies it once the broker holds it, so the next command here sees it.
 *
 * <p>One lock serialises the writes of this instance: two changes to one informant must not both
 * build on the same version. Roster changes are staff work, a few a minute, so one lock costs
 * nothing; across instances the projection keeps the newest version.
 */
@Service
public class InformantService {

    /** The commissions' calendar: "today" and "this year" are China's. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private final RosterRegistry roster;
    private final CurrentNetwork network;
    private final InformantPublisher publisher;
    private final InformantSeals seals;
    private final Clock clock;
    private final ReentrantLock writes = new ReentrantLock();

    InformantService(
            RosterRegistry roster,
            CurrentNetwork network,
            InformantPublisher publisher,
            InformantSeals seals,
            Clock clock) {
        this.roster = roster;
        this.network = network;
        this.publisher = publisher;
        this.seals = seals;
        this.clock = clock;
    }

    /** Appoints and returns the token; {@link InformantNumberTaken} if the number is on the roster. */
    String appoint(AppointmentDraft draft) {
        Appointment appointment = AppointmentRules.check(draft, network.view(), today());
        String token = seals.token(appointment.identity());
        return locked(() -> {
            if (roster.view().informant(token).isPresent()) {
                throw new InformantNumberTaken();
            }
            publish(List.of(
                    InformantChanges.appointed(token, appointment, seals.identity(appointment.identity()), now())));
            return token;
        });
    }

    long changeStatus(StatusDraft draft) {
        return change(draft.informantToken(), current -> {
            ChangeRules.checkStatus(draft, current);
            return InformantChanges.statusChanged(
                    current,
                    Objects.requireNonNull(draft.status()),
                    seals.seal(InformantSeals.STATUS_REASON, String.valueOf(draft.reason())),
                    now());
        });
    }

    long addTraining(TrainingDraft draft) {
        return change(draft.informantToken(), current -> {
            ChangeRules.checkTraining(draft, today(), roster);
            return InformantChanges.trained(current, draft, now());
        });
    }

    long addContact(ContactDraft draft) {
        return change(draft.informantToken(), current -> {
            ChangeRules.checkContact(draft, today());
            return InformantChanges.contacted(
                    current, draft, seals.sealOrNull(InformantSeals.CONTACT_NOTE, draft.note()), now());
        });
    }

    long decide(DecisionDraft draft) {
        return change(draft.informantToken(), current -> {
            ChangeRules.checkDecision(draft, network.view(), today());
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

    private long change(@Nullable String token, Function<InformantRecorded, InformantRecorded> change) {
        return locked(() -> {
            InformantRecorded next = change.apply(current(token));
            publish(List.of(next));
            return next.version();
        });
    }

    private InformantRecorded current(@Nullable String token) {
        if (token == null || token.isBlank()) {
            throw new RulesViolated(List.of(new Violation("informantToken", "必填 / required")));
        }
        return roster.view()
                .informant(token.strip())
                .orElseThrow(() ->
                        new RulesViolated(List.of(new Violation("informantToken", "没有这个信息员 / no such informant"))));
    }
}
