package org.qingfeng.intake.reviewer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.qingfeng.contracts.intake.SubmissionReceived;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Matches each new item's concerned persons against every reviewer's names, per poll: the sealed
 * concerns are stored first, then the names read (one query for all reviewers), then
 * {@code ReviewerNamed} published and acknowledged; only then are the offsets committed.
 *
 * <p>Storing before reading the names is what makes a registration racing with an item safe on any
 * number of instances: if this poll read the names before a registration was stored, the item was
 * stored before it too, and the registration's re-check ({@link ReviewerNamesListener}) finds it.
 *
 * <p>Its own consumer group, as the item projection reads this topic in intake's group. Unreadable
 * records are passed over: the item projection dead-letters them already.
 */
@Component
class ItemConcernsListener {

    static final String GROUP = "${spring.application.name}-reviewers";

    private static final Logger log = LoggerFactory.getLogger(ItemConcernsListener.class);

    private final ItemConcernsStore concerns;
    private final ReviewerNamesStore names;
    private final NameMatching matching;
    private final ReviewerNamedPublisher publisher;

    ItemConcernsListener(
            ItemConcernsStore concerns,
            ReviewerNamesStore names,
            NameMatching matching,
            ReviewerNamedPublisher publisher) {
        this.concerns = concerns;
        this.names = names;
        this.matching = matching;
        this.publisher = publisher;
    }

    @KafkaListener(
            id = "intake-reviewer-matching",
            groupId = GROUP,
            topics = "#{T(org.qingfeng.contracts.Topics).SUBMISSION_RECEIVED.name()}")
    void on(List<ConsumerRecord<String, Object>> records) {
        List<SubmissionReceived> concerned = new ArrayList<>(records.size());
        for (ConsumerRecord<String, Object> record : records) {
            if (record.value() instanceof SubmissionReceived received && received.concerns() != null) {
                concerned.add(received);
            }
        }
        if (concerned.isEmpty()) {
            return;
        }
        concerns.put(concerned);
        List<ItemConcerns> items = concerned.stream()
                .map(s -> new ItemConcerns(s.itemId(), s.concerns()))
                .toList();
        Map<UUID, Set<String>> named = matching.named(items, names.registered());
        int published = publisher.publish(named);
        log.debug("Matched {} items against reviewers' names, {} exclusions published", items.size(), published);
    }
}
