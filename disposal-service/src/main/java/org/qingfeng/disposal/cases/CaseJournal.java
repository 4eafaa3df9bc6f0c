package org.qingfeng.disposal.cases;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.qingfeng.contracts.Topics;
import org.qingfeng.contracts.disposal.CaseStepped;
import org.qingfeng.disposal.DisposalProperties;
import org.qingfeng.disposal.cases.rules.CaseFacts;
import org.qingfeng.disposal.cases.rules.Change;
import org.qingfeng.disposal.cases.rules.Deadlines;
import org.qingfeng.disposal.network.NodeDirectory;
import org.qingfeng.support.kafka.Acks;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

/**
 * Publishes what the machine allowed as {@code CaseStepped} on {@code disposal.case-steps.v1} (key
 * case id), in one send that returns once the broker acknowledged every step: a step and the
 * notice of the rung it placed the case on are published together. Each notice gets its number first.
 */
@Component
class CaseJournal {

    private final KafkaTemplate<String, Object> kafka;
    private final NoticeNumberStore numbers;
    private final Duration timeout;
    private final StepClaimStore claims;
    private final Clock clock;
    private final NodeDirectory directory;

    CaseJournal(
            KafkaTemplate<String, Object> kafka,
            NoticeNumberStore numbers,
            DisposalProperties properties,
            StepClaimStore claims,
            Clock clock,
            NodeDirectory directory) {
        this.directory = directory;
        this.kafka = kafka;
        this.numbers = numbers;
        this.timeout = properties.kafka().publishTimeout();
        this.claims = claims;
        this.clock = clock;
    }

    /**
     * @param claimant who publishes: the same value for facts that any instance would build identically
     *     (an opening, the clock's escalation), a value of its own for each command of a person
     * @throws StepRaced when another step claimed one of these places in the case first
     * @throws Acks.AckFailed when the broker did not acknowledge them all in time
     */
    List<CaseStepped> publish(CaseFacts facts, List<Change> changes, String claimant) {
        // A claim outlives a publication that timed out by as long again: then it may be taken over.
        Duration lease = timeout.multipliedBy(2);
        for (Change change : changes) {
            if (!claims.claim(facts.caseId(), change.sequence(), claimant, clock.instant(), lease)) {
                throw new StepRaced(facts.caseId() + "#" + change.sequence());
            }
        }
        List<CaseStepped> steps = changes.stream()
                .map(change -> change.step() == CaseStepped.Step.NOTICE_ISSUED ? numbered(facts, change) : change)
                .map(facts::event)
                .toList();
        Acks.sendAll(
                kafka,
                steps.stream()
                        .map(step -> new ProducerRecord<String, Object>(
                                Topics.CASE_STEPS.name(), step.caseId().toString(), step))
                        .toList(),
                timeout);
        return steps;
    }

    private Change numbered(CaseFacts facts, Change notice) {
        int year = notice.occurredAt().atZone(Deadlines.ZONE).getYear();
        // One sequence per issuing commission: the county a station belongs to. A finding names the work
        // station, an immediate item's case the county above its township; both are the same issuer.
        String issuer = directory.rootOf(facts.stationCode());
        return notice.numbered(numbers.claim(issuer, year, facts.caseId(), notice.sequence()));
    }
}
