package org.qingfeng.disposal.cases;

import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.qingfeng.contracts.Topics;
import org.qingfeng.contracts.disposal.CaseStepped;
import org.qingfeng.disposal.DisposalProperties;
import org.qingfeng.disposal.cases.rules.CaseFacts;
import org.qingfeng.disposal.cases.rules.Change;
import org.qingfeng.disposal.cases.rules.Deadlines;
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

    CaseJournal(KafkaTemplate<String, Object> kafka, NoticeNumberStore numbers, DisposalProperties properties) {
        this.kafka = kafka;
        this.numbers = numbers;
        this.timeout = properties.kafka().publishTimeout();
    }

    /** @throws Acks.AckFailed when the broker did not acknowledge them all in time */
    List<CaseStepped> publish(CaseFacts facts, List<Change> changes) {
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
        return notice.numbered(numbers.claim(facts.stationCode(), year, facts.caseId(), notice.sequence()));
    }
}
