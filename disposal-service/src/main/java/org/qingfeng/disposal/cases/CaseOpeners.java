package org.qingfeng.disposal.cases;

import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jspecify.annotations.Nullable;
import org.qingfeng.contracts.analysis.FindingPublished;
import org.qingfeng.contracts.intake.ItemSubmitted;
import org.qingfeng.contracts.intake.Urgency;
import org.qingfeng.disposal.cases.rules.CaseMachine;
import org.qingfeng.support.kafka.Polls;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Opens cases from what arrives, in the consumer group {@code disposal-service-case-openers}: a
 * finding for disposal on the default ladder, an immediate item at once. Every finding is also kept
 * in {@code case_findings} for opening by hand. Offsets are committed once the poll's openings are
 * acknowledged by the broker.
 */
@Component
class CaseOpeners {

    private final CaseOpener opener;
    private final CaseFindingStore findings;
    private final String defaultLadder;

    CaseOpeners(CaseOpener opener, CaseFindingStore findings, CasesProperties properties) {
        this.opener = opener;
        this.findings = findings;
        this.defaultLadder = properties.defaultLadder();
    }

    @KafkaListener(
            groupId = "${spring.application.name}-case-openers",
            topics = "#{T(org.qingfeng.contracts.Topics).FINDINGS.name()}")
    void onFindings(List<ConsumerRecord<String, @Nullable Object>> records) {
        Polls.process(records, FindingPublished.class, this::openFindings);
    }

    @KafkaListener(
            groupId = "${spring.application.name}-case-openers",
            topics = "#{T(org.qingfeng.contracts.Topics).ITEM_SUBMITTED.name()}")
    void onItems(List<ConsumerRecord<String, @Nullable Object>> records) {
        Polls.process(records, ItemSubmitted.class, this::openImmediate);
    }

    private void openFindings(List<FindingPublished> published) {
        findings.save(published);
        published.stream()
                .filter(finding -> finding.destination() == FindingPublished.Destination.DISPOSAL)
                .forEach(finding -> opener.open(finding, defaultLadder, CaseMachine.CLOCK));
    }

    private void openImmediate(List<ItemSubmitted> items) {
        items.stream()
                .filter(item -> item.item().urgency() == Urgency.IMMEDIATE)
                .forEach(opener::open);
    }
}
