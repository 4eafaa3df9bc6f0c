package org.qingfeng.intake.item;

import java.util.List;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.qingfeng.contracts.disposal.CaseStepped;
import org.qingfeng.support.kafka.Polls;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Follows {@code disposal.case-steps.v1}: each item a step names takes the case's standing after it,
 * which gives the item its status. Its own consumer group, so that a replay of the case topic
 * rebuilds the standings without touching the submission projection's offsets. Per item and case
 * only a newer sequence is applied, so a replay or a late step changes nothing.
 */
@Component
class CaseStepListener {

    static final String GROUP = "${spring.application.name}-cases";

    private final ItemStore items;

    CaseStepListener(ItemStore items) {
        this.items = items;
    }

    @KafkaListener(
            id = "intake-case-steps",
            groupId = GROUP,
            topics = "#{T(org.qingfeng.contracts.Topics).CASE_STEPS.name()}")
    void on(List<ConsumerRecord<String, Object>> records) {
        Polls.process(records, CaseStepped.class, Function.identity(), items::recordCaseSteps);
    }
}
