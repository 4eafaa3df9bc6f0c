package org.qingfeng.intake.informant;

import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.qingfeng.contracts.Topics;
import org.qingfeng.contracts.intake.InformantRecorded;
import org.qingfeng.intake.informant.rules.InformantChanges;
import org.qingfeng.intake.web.AcknowledgedSends;
import org.springframework.stereotype.Component;

/**
 * Publishes each record whole and sealed on the private {@code intake.informant-records.v1} and thin
 * on the public {@code intake.informant-changed.v1}, both keyed by token, in one wait for the
 * broker: a change is acknowledged only once both hold it.
 */
@Component
class InformantPublisher {

    private final AcknowledgedSends sends;

    InformantPublisher(AcknowledgedSends sends) {
        this.sends = sends;
    }

    void publish(List<InformantRecorded> records) {
        List<ProducerRecord<String, Object>> both = new ArrayList<>(records.size() * 2);
        for (InformantRecorded record : records) {
            String key = record.informantToken();
            both.add(new ProducerRecord<>(Topics.INFORMANT_RECORDED.name(), key, record));
            both.add(new ProducerRecord<>(Topics.INFORMANT_CHANGED.name(), key, InformantChanges.publicFact(record)));
        }
        sends.sendAll(both, "informants");
    }
}
