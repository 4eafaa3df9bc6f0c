package org.qingfeng.intake.informant;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.qingfeng.contracts.intake.InformantRecorded;
import org.qingfeng.support.kafka.Polls;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.ConsumerSeekAware;
import org.springframework.stereotype.Component;

/**
 * Projects the private {@code intake.informant-records.v1} to {@code informants}, then into the
 * in-memory roster. Like the network listener, every instance has a consumer group of its own and
 * reads the compacted topic from its beginning, since each checks submissions against the whole
 * roster; the store keeps only newer versions, so the copies and the replays are harmless.
 */
@Component
class InformantListener implements ConsumerSeekAware {

    private static final Logger log = LoggerFactory.getLogger(InformantListener.class);

    private final InformantStore store;
    private final RosterRegistry roster;

    InformantListener(InformantStore store, RosterRegistry roster) {
        this.store = store;
        this.roster = roster;
    }

    @KafkaListener(
            id = "intake-informants",
            groupId = "${spring.application.name}-informants-${random.uuid}",
            topics = "#{T(org.qingfeng.contracts.Topics).INFORMANT_RECORDED.name()}")
    void on(List<ConsumerRecord<String, Object>> records) {
        Polls.process(records, InformantRecorded.class, Function.identity(), this::project);
    }

    /** The whole compacted topic, whatever this instance's group may have committed. */
    @Override
    public void onPartitionsAssigned(Map<TopicPartition, Long> assignments, ConsumerSeekCallback callback) {
        callback.seekToBeginning(assignments.keySet());
    }

    private void project(List<InformantRecorded> records) {
        store.save(records);
        roster.apply(records);
        log.debug("Projected {} informant records", records.size());
    }
}
