package org.qingfeng.intake.submission;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import org.qingfeng.contracts.intake.InformantRecorded;
import org.qingfeng.contracts.intake.InformantStatus;
import org.qingfeng.contracts.intake.SubmissionReceived;
import org.qingfeng.intake.IntakeProperties;
import org.qingfeng.intake.informant.CurrentRoster;
import org.qingfeng.intake.item.rules.ItemStatus;
import org.qingfeng.intake.network.CurrentNetwork;
import org.qingfeng.intake.receipt.Receipt;
import org.qingfeng.intake.receipt.ReceiptDigester;
import org.qingfeng.intake.submission.rules.InformantCheck;
import org.qingfeng.intake.submission.rules.SubmissionDraft;
import org.qingfeng.intake.submission.rules.SubmissionRules;
import org.qingfeng.intake.submission.rules.ValidSubmission;
import org.springframework.stereotype.Service;

/**
 * Takes a submission in: checks it (an informant's token against the roster too), issues a receipt,
 * and answers only once the log holds it. Every channel comes through here, so a dismissed
 * informant is refused whatever way they try.
 */
@Service
class SubmissionService {

    private final SubmissionRules rules;
    private final CurrentNetwork network;
    private final CurrentRoster roster;
    private final SubmissionLog submissions;
    private final ReceiptDigester digester;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    SubmissionService(
            IntakeProperties properties,
            CurrentNetwork network,
            CurrentRoster roster,
            SubmissionLog submissions,
            ReceiptDigester digester,
            Clock clock) {
        this.rules = new SubmissionRules(properties.subjectAreas());
        this.network = network;
        this.roster = roster;
        this.submissions = submissions;
        this.digester = digester;
        this.clock = clock;
    }

    SubmissionAccepted submit(SubmissionDraft draft) {
        ValidSubmission valid = rules.check(draft, network.view());
        InformantCheck.check(valid.submitterKind(), valid.informantToken(), this::statusOf)
                .ifPresent(refusal -> {
                    throw new InformantRefused(refusal);
                });
        Receipt receipt = Receipt.issue(random);
        UUID itemId = UUID.randomUUID();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        SubmissionReceived received = valid.received(UUID.randomUUID(), now, itemId, digester.digest(receipt));
        submissions.append(received);
        return new SubmissionAccepted(itemId, receipt.display(), ItemStatus.RECEIVED, now);
    }

    private Optional<InformantStatus> statusOf(String token) {
        return roster.view().informant(token).map(InformantRecorded::status);
    }
}
