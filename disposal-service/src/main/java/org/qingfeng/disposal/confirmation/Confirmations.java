package org.qingfeng.disposal.confirmation;

import java.util.List;
import java.util.UUID;
import org.qingfeng.contracts.disposal.CaseStepped;
import org.qingfeng.contracts.intake.FollowUpRecorded;
import org.qingfeng.disposal.cases.CaseCommand;
import org.qingfeng.disposal.cases.CaseConflict;
import org.qingfeng.disposal.cases.CaseNotFound;
import org.qingfeng.disposal.cases.CaseSteps;
import org.qingfeng.disposal.cases.CaseView;
import org.qingfeng.disposal.cases.Cases;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Records a receipt holder's verdict ({@link FollowUpRecorded.Kind#CONFIRMATION}) against every case
 * that holds the item, as a {@code CONFIRMATION_RECORDED} step whose reason is {@code followUp:<id>}.
 * That reason is how a redelivered or replayed follow-up is recognised: a case whose history already has
 * a confirmation from the same follow-up is skipped. Questions and answers are not disposal's business;
 * the follow-up's text is never read, stored or logged.
 */
@Component
class Confirmations {

    private static final Logger log = LoggerFactory.getLogger(Confirmations.class);

    private final ObjectProvider<Cases> cases;
    private final ObjectProvider<CaseSteps> steps;

    Confirmations(ObjectProvider<Cases> cases, ObjectProvider<CaseSteps> steps) {
        this.cases = cases;
        this.steps = steps;
    }

    void record(FollowUpRecorded followUp) {
        FollowUpRecorded.Rectified verdict = followUp.rectified();
        if (followUp.kind() != FollowUpRecorded.Kind.CONFIRMATION || verdict == null) {
            return;
        }
        String reason = reason(followUp.followUpId());
        for (CaseView c : cases.getObject().containing(followUp.itemId())) {
            if (alreadyRecorded(c, reason)) {
                continue;
            }
            try {
                steps.getObject().append(command(c.caseId(), verdict, reason));
            } catch (CaseConflict | CaseNotFound e) {
                // The case moved on (or is gone from the projection); the verdict does not change its course.
                log.debug(
                        "Confirmation {} not recorded on case {}: {}",
                        followUp.followUpId(),
                        c.caseId(),
                        e.getMessage());
            }
        }
    }

    static String reason(UUID followUpId) {
        return "followUp:" + followUpId;
    }

    static CaseCommand command(UUID caseId, FollowUpRecorded.Rectified verdict, String reason) {
        CaseCommand plain = CaseCommand.confirmation(caseId, verdict);
        return new CaseCommand(
                plain.caseId(),
                plain.expectedSequence(),
                plain.step(),
                plain.actor(),
                reason,
                plain.text(),
                List.of(),
                plain.talkKind(),
                plain.scheduledFor(),
                plain.confirmation());
    }

    private static boolean alreadyRecorded(CaseView c, String reason) {
        return c.history().stream()
                .anyMatch(s -> s.step() == CaseStepped.Step.CONFIRMATION_RECORDED && reason.equals(s.reason()));
    }
}
