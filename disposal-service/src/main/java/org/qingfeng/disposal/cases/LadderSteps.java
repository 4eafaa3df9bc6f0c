package org.qingfeng.disposal.cases;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;
import org.qingfeng.contracts.disposal.CaseStepped;
import org.qingfeng.disposal.cases.rules.CaseFacts;
import org.qingfeng.disposal.cases.rules.CaseMachine;
import org.qingfeng.disposal.cases.rules.Change;
import org.qingfeng.disposal.cases.rules.Move;
import org.qingfeng.disposal.cases.rules.Sequences;
import org.qingfeng.disposal.cases.rules.Standing;
import org.qingfeng.disposal.cases.rules.StepRefused;
import org.qingfeng.support.kafka.Acks;
import org.springframework.stereotype.Component;

/**
 * {@link CaseSteps} on the projected case: the sequence the caller saw must still be the case's,
 * the machine must allow the step; then the step (with the new rung's notice, for a rejection) is
 * published in one send and acknowledged before the answer.
 */
@Component
class LadderSteps implements CaseSteps {

    private static final int RACE_ATTEMPTS = 5;
    private static final Duration RACE_PAUSE = Duration.ofMillis(200);

    private final CaseStore cases;
    private final CaseMachine machine;
    private final CaseJournal journal;
    private final Clock clock;
    private final Duration retryAfter;

    LadderSteps(CaseStore cases, CaseMachine machine, CaseJournal journal, Clock clock, CasesProperties properties) {
        this.cases = cases;
        this.machine = machine;
        this.journal = journal;
        this.clock = clock;
        this.retryAfter = properties.retryAfter();
    }

    /**
     * A step that names no expected sequence (a receipt holder's verdict) does not race a person: when
     * another step took its place it is built again on the case as it then stands, a few times, before
     * the caller is asked to come back later (a {@code 503}, which a listener retries).
     */
    @Override
    public CaseStepped append(CaseCommand command) {
        String claimant = "command:" + UUID.randomUUID();
        int attempts = command.expectedSequence() == null ? RACE_ATTEMPTS : 1;
        for (int attempt = 1; ; attempt++) {
            try {
                return appendOnce(command, claimant);
            } catch (StepRaced e) {
                if (attempt >= attempts) {
                    if (command.expectedSequence() != null) {
                        throw new CaseConflict(
                                "另一操作已先改变该案件，请刷新后重试 / Another step changed the case first:" + " reload and try again");
                    }
                    throw new CasesUnavailable(retryAfter, e);
                }
                LockSupport.parkNanos(RACE_PAUSE.toNanos() * attempt);
            }
        }
    }

    private CaseStepped appendOnce(CaseCommand command, String claimant) {
        CaseView view = cases.find(command.caseId()).orElseThrow(() -> new CaseNotFound(command.caseId()));
        Standing standing = Standing.of(view.history());
        List<Change> changes;
        try {
            Sequences.requireCurrent(standing, command.expectedSequence());
            changes = machine.step(standing, move(command, clock.instant().truncatedTo(ChronoUnit.MILLIS)));
        } catch (StepRefused e) {
            throw new CaseConflict(e.getMessage());
        }
        try {
            return journal.publish(CaseFacts.of(view.history().get(0)), changes, claimant)
                    .get(0);
        } catch (Acks.AckFailed e) {
            throw new CasesUnavailable(retryAfter, e);
        }
    }

    private static Move move(CaseCommand command, Instant now) {
        return new Move(
                command.step(),
                now,
                command.actor(),
                command.reason(),
                command.text(),
                command.attachmentIds(),
                command.talkKind(),
                command.scheduledFor(),
                command.confirmation());
    }
}
