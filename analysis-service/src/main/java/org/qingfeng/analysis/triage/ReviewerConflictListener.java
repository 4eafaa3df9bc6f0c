package org.qingfeng.analysis.triage;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jspecify.annotations.Nullable;
import org.qingfeng.analysis.store.Projected;
import org.qingfeng.contracts.analysis.ReviewerConflictDeclared;
import org.qingfeng.contracts.intake.ReviewerNamed;
import org.qingfeng.support.kafka.Polls;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Projects reviewers' declarations and intake's findings of a reviewer named in an item into {@code
 * reviewer_conflicts}, in the triage group {@code analysis-service-triage} like the rest of the board.
 */
@Component
class ReviewerConflictListener {

    private static final String GROUP = "${spring.application.name}-triage";

    private final ConflictStore conflicts;
    private final Counter projected;

    ReviewerConflictListener(ConflictStore conflicts, MeterRegistry registry) {
        this.conflicts = conflicts;
        this.projected = Projected.counter(registry, "reviewer_conflicts");
    }

    @KafkaListener(groupId = GROUP, topics = "#{T(org.qingfeng.contracts.Topics).REVIEWER_CONFLICTS.name()}")
    void declared(List<ConsumerRecord<String, @Nullable Object>> records) {
        Polls.process(
                records, ReviewerConflictDeclared.class, poll -> projected.increment(conflicts.saveDeclared(poll)));
    }

    @KafkaListener(groupId = GROUP, topics = "#{T(org.qingfeng.contracts.Topics).REVIEWER_NAMED.name()}")
    void named(List<ConsumerRecord<String, @Nullable Object>> records) {
        Polls.process(records, ReviewerNamed.class, poll -> projected.increment(conflicts.saveNamed(poll)));
    }
}
