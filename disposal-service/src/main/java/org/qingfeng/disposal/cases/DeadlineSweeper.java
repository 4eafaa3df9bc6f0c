package org.qingfeng.disposal.cases;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;
import org.qingfeng.contracts.disposal.CaseStepped;
import org.qingfeng.disposal.cases.rules.CaseFacts;
import org.qingfeng.disposal.cases.rules.CaseMachine;
import org.qingfeng.disposal.cases.rules.Change;
import org.qingfeng.disposal.cases.rules.Move;
import org.qingfeng.disposal.cases.rules.Standing;
import org.qingfeng.disposal.cases.rules.StepRefused;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Escalates every unfinished case past its deadline (a reply's, or the immediate lane's
 * acknowledgement) by one rung, with the new rung's notice. What it publishes is derived from the
 * case alone (event ids from case and sequence, the time from the deadline missed, the notice
 * number claimed once per notice), so two instances sweeping at once publish the same facts and
 * the projection applies them once.
 */
@Component
public class DeadlineSweeper {

    private static final Logger log = LoggerFactory.getLogger(DeadlineSweeper.class);

    private final CaseStore cases;
    private final CaseMachine machine;
    private final CaseJournal journal;
    private final Clock clock;

    DeadlineSweeper(CaseStore cases, CaseMachine machine, CaseJournal journal, Clock clock) {
        this.cases = cases;
        this.machine = machine;
        this.journal = journal;
        this.clock = clock;
    }

    /** One sweep now: the number of cases escalated. */
    public int sweep() {
        return sweep(clock.instant());
    }

    /** One sweep as if it were {@code now}. */
    public int sweep(Instant now) {
        return sweep(now, view -> true);
    }

    /** One sweep over the cases {@code which} lets through: tests sweep their own cases only. */
    int sweep(Instant now, Predicate<CaseView> which) {
        int escalated = 0;
        for (CaseView view : cases.unfinished()) {
            if (!which.test(view)) {
                continue;
            }
            Standing standing = Standing.of(view.history());
            if (CaseMachine.missedDeadline(standing, now) == null) {
                continue;
            }
            try {
                List<Change> changes =
                        machine.step(standing, Move.of(CaseStepped.Step.ESCALATED, now, CaseMachine.CLOCK));
                journal.publish(CaseFacts.of(view.history().get(0)), changes, CaseMachine.CLOCK);
                escalated++;
            } catch (StepRefused | StepRaced e) {
                log.debug("Case {} moved on before it could be escalated", view.caseId());
            } catch (RuntimeException e) {
                // The next sweep tries again; one case must not hold up the others.
                log.warn(
                        "Could not escalate case {}: {}",
                        view.caseId(),
                        e.getClass().getSimpleName());
            }
        }
        if (escalated > 0) {
            log.info("Escalated {} overdue cases", escalated);
        }
        return escalated;
    }
}
