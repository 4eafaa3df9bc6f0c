package org.qingfeng.intake.reviewer;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.qingfeng.contracts.intake.ReviewerNamesRegistered;
import org.qingfeng.intake.reviewer.rules.RegisteredNames;
import org.qingfeng.support.kafka.Polls;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Projects {@code intake.reviewer-names.v1} into {@code reviewer_names}, then checks the items of the
 * last {@code intake.reviewers.recheck-days} against the names just registered: an item that came
 * before its reviewer registered is kept off their board too. The re-check streams the stored sealed
 * concerns in batches and publishes as it goes; the offsets are committed after it, so an
 * interrupted re-check runs again (publishing the same facts, under the same ids).
 */
@Component
class ReviewerNamesListener {

    private static final Logger log = LoggerFactory.getLogger(ReviewerNamesListener.class);

    private final ReviewerNamesStore names;
    private final ItemConcernsStore concerns;
    private final NameMatching matching;
    private final ReviewerNamedPublisher publisher;
    private final ReviewerProperties properties;
    private final Clock clock;

    ReviewerNamesListener(
            ReviewerNamesStore names,
            ItemConcernsStore concerns,
            NameMatching matching,
            ReviewerNamedPublisher publisher,
            ReviewerProperties properties,
            Clock clock) {
        this.names = names;
        this.concerns = concerns;
        this.matching = matching;
        this.publisher = publisher;
        this.properties = properties;
        this.clock = clock;
    }

    @KafkaListener(
            id = "intake-reviewer-names",
            idIsGroup = false,
            topics = "#{T(org.qingfeng.contracts.Topics).REVIEWER_NAMES.name()}")
    void on(List<ConsumerRecord<String, Object>> records) {
        Polls.process(records, ReviewerNamesRegistered.class, Function.identity(), this::project);
    }

    private void project(List<ReviewerNamesRegistered> batch) {
        names.save(batch);
        Map<String, List<String>> latest = new LinkedHashMap<>();
        batch.forEach(r -> latest.put(r.reviewerSubject(), r.nameDigests()));
        recheck(RegisteredNames.of(latest), latest.size());
    }

    private void recheck(RegisteredNames registered, int reviewers) {
        if (registered.isEmpty()) {
            return;
        }
        Instant from = clock.instant().minus(properties.recheck());
        AtomicInteger published = new AtomicInteger();
        concerns.since(
                from,
                properties.recheckBatch(),
                items -> published.addAndGet(publisher.publish(matching.named(items, registered))));
        log.info("Re-checked the items since {} for {} reviewers: {} exclusions published", from, reviewers, published);
    }
}
