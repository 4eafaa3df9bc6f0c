package org.qingfeng.intake.dedup;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.qingfeng.contracts.EventIds;
import org.qingfeng.contracts.Topics;
import org.qingfeng.contracts.intake.ItemMatched;
import org.qingfeng.contracts.intake.ItemSubmitted;
import org.qingfeng.intake.IntakeProperties;
import org.qingfeng.intake.dedup.rules.Classifier;
import org.qingfeng.intake.dedup.rules.DedupMethod;
import org.qingfeng.intake.dedup.rules.Lsh;
import org.qingfeng.intake.dedup.rules.Match;
import org.qingfeng.intake.dedup.rules.MinHash;
import org.qingfeng.intake.dedup.rules.Report;
import org.qingfeng.intake.dedup.rules.Shingles;
import org.qingfeng.intake.dedup.rules.Shortlist;
import org.qingfeng.support.kafka.Acks;
import org.qingfeng.support.kafka.Polls;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

/**
 * Signs each submitted item and matches it against the items indexed before it, per poll, in a
 * consumer group of its own ({@code intake-service-dedup}):
 *
 * <ol>
 *   <li>items already in {@code dedup_items} are passed over: a redelivered item is neither matched
 *       against itself nor published twice;
 *   <li>the others are signed and looked up in their LSH buckets (one read for the poll), then the
 *       candidates' shingles (one read); each item is also compared with the items before it in the
 *       same poll;
 *   <li>the best candidate by exact Jaccard gives the relation ({@link Classifier});
 *   <li>{@code ItemMatched} is published (event id derived from the item id, time the item's
 *       submission) and acknowledged, then {@code item_matches}, the buckets and {@code dedup_items}
 *       are written, and only then the offsets are committed.
 * </ol>
 *
 * A crash after publishing and before indexing republishes an event with the same id, which
 * consumers drop.
 */
@Component
class DedupListener {

    private static final Logger log = LoggerFactory.getLogger(DedupListener.class);

    private final DedupStore store;
    private final KafkaTemplate<String, Object> kafka;
    private final Duration ackTimeout;
    private final DedupMethod method;
    private final MinHash minHash;
    private final Lsh lsh;
    private final Classifier classifier;
    private final int bucketCap;
    private final int maxCandidates;
    private final MeterRegistry registry;

    DedupListener(
            DedupStore store,
            KafkaTemplate<String, Object> kafka,
            IntakeProperties intake,
            DedupProperties properties,
            MeterRegistry registry) {
        this.store = store;
        this.kafka = kafka;
        this.ackTimeout = intake.ackTimeout();
        this.method = properties.method();
        this.minHash = method.minHash();
        this.lsh = method.lsh();
        this.classifier = new Classifier(method);
        this.bucketCap = properties.bucketCap();
        this.maxCandidates = properties.maxCandidates();
        this.registry = registry;
    }

    @KafkaListener(
            id = "intake-dedup",
            groupId = "${spring.application.name}-dedup",
            autoStartup = "${intake.dedup.enabled:true}",
            topics = "#{T(org.qingfeng.contracts.Topics).ITEM_SUBMITTED.name()}")
    void on(List<ConsumerRecord<String, Object>> records) {
        Polls.process(records, ItemSubmitted.class, this::match);
    }

    private void match(List<ItemSubmitted> batch) {
        Map<UUID, ItemSubmitted> byItem = new LinkedHashMap<>();
        batch.forEach(item -> byItem.putIfAbsent(item.itemId(), item));
        Set<UUID> known = store.reports(byItem.keySet()).keySet();
        Map<UUID, Signed> fresh = new LinkedHashMap<>();
        byItem.values().stream()
                .filter(item -> !known.contains(item.itemId()))
                .forEach(item -> fresh.put(item.itemId(), sign(item)));
        if (fresh.isEmpty()) {
            return;
        }
        Set<String> keys = new HashSet<>();
        fresh.values().forEach(s -> keys.addAll(s.buckets()));
        Map<String, List<UUID>> before = store.buckets(keys);
        Set<UUID> candidateIds = new HashSet<>();
        fresh.values().forEach(s -> candidateIds.addAll(shortlist(s, before, Map.of())));
        Map<UUID, Report> candidates = new LinkedHashMap<>(store.reports(candidateIds));

        Map<String, List<UUID>> added = new LinkedHashMap<>();
        List<Report> indexed = new ArrayList<>();
        List<ItemMatched> found = new ArrayList<>();
        for (Signed signed : fresh.values()) {
            List<Report> compared = shortlist(signed, before, added).stream()
                    .map(candidates::get)
                    .filter(r -> r != null)
                    .toList();
            Optional<Match> match = classifier.best(signed.report(), compared);
            Report report = match.filter(m -> m.relation() == ItemMatched.Relation.SAME_INCIDENT)
                    .map(m -> signed.report().within(m.matchedItemId()))
                    .orElse(signed.report());
            match.ifPresent(m -> found.add(fact(report, m)));
            indexed.add(report);
            candidates.put(report.itemId(), report);
            signed.buckets().forEach(key -> added.computeIfAbsent(key, k -> new ArrayList<>())
                    .add(report.itemId()));
        }
        if (!found.isEmpty()) {
            Acks.sendAll(kafka, found.stream().map(DedupListener::record).toList(), ackTimeout);
            store.recordMatches(found);
            found.forEach(m -> registry.counter(
                            "intake.dedup.matched", "relation", m.relation().name())
                    .increment());
        }
        store.index(indexed, added, before, bucketCap);
        log.debug("Indexed {} items, {} matched", indexed.size(), found.size());
    }

    private List<UUID> shortlist(Signed signed, Map<String, List<UUID>> before, Map<String, List<UUID>> added) {
        return Shortlist.of(signed.report().itemId(), signed.buckets(), List.of(before, added), maxCandidates);
    }

    private Signed sign(ItemSubmitted item) {
        Shingles shingles = Shingles.ofText(item.item().description());
        Report report = Report.first(
                item.itemId(),
                item.item().regionCode(),
                item.item().townshipCode(),
                item.item().unitCode(),
                item.occurredAt(),
                shingles);
        return new Signed(report, lsh.buckets(minHash.sign(shingles)));
    }

    private ItemMatched fact(Report report, Match match) {
        return new ItemMatched(
                EventIds.derive(Topics.ITEM_MATCHED.eventType(), report.itemId()),
                report.at(),
                report.itemId(),
                match.matchedItemId(),
                match.relation(),
                match.similarity(),
                method.name());
    }

    private static ProducerRecord<String, Object> record(ItemMatched fact) {
        return new ProducerRecord<>(Topics.ITEM_MATCHED.name(), fact.itemId().toString(), fact);
    }

    private record Signed(Report report, List<String> buckets) {}
}
