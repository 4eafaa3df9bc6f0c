package org.qingfeng.intake.dedup;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.bson.Document;
import org.qingfeng.contracts.intake.ItemMatched;
import org.qingfeng.intake.dedup.rules.Report;
import org.qingfeng.intake.dedup.rules.Shingles;
import org.qingfeng.support.mongo.BulkUpserts;
import org.springframework.stereotype.Component;

/**
 * The detector's state, every read by {@code _id}:
 *
 * <ul>
 *   <li>{@code dedup_items}: {@code _id} item id; region, township, unit, submission time, incident
 *       (the first report it repeats, else itself) and the bigram shingles, so a candidate's exact
 *       Jaccard needs no other collection (the bigrams are the text in another form: they stay in
 *       intake's database, as the descriptions in {@code items} do);
 *   <li>{@code dedup_buckets}: {@code _id} {@code "<band>:<hash>"}; {@code items}, oldest first,
 *       grown with {@code $addToSet} and cut to the cap by {@code $pullAll} of the oldest;
 *   <li>{@code item_matches}: {@code _id} item id; {@code matches} [{itemId, relation, similarity}]
 *       of the {@code ItemMatched} published about it, in both directions.
 * </ul>
 */
@Component
class DedupStore {

    private static final String ID = "_id";
    private static final String ITEMS = "items";
    private static final String MATCHES = "matches";

    private final MongoCollection<Document> reports;
    private final MongoCollection<Document> buckets;
    private final MongoCollection<Document> matches;

    DedupStore(MongoDatabase database) {
        this.reports = database.getCollection("dedup_items");
        this.buckets = database.getCollection("dedup_buckets");
        this.matches = database.getCollection("item_matches");
    }

    Map<UUID, Report> reports(Collection<UUID> ids) {
        Map<UUID, Report> found = new HashMap<>();
        if (!ids.isEmpty()) {
            reports.find(Filters.in(ID, strings(ids))).forEach(d -> {
                Report report = report(d);
                found.put(report.itemId(), report);
            });
        }
        return found;
    }

    /** The items in each bucket, oldest first; a bucket without items is absent. */
    Map<String, List<UUID>> buckets(Collection<String> keys) {
        Map<String, List<UUID>> found = new HashMap<>();
        if (!keys.isEmpty()) {
            buckets.find(Filters.in(ID, List.copyOf(keys)))
                    .forEach(d -> found.put(
                            d.getString(ID),
                            d.getList(ITEMS, String.class, List.of()).stream()
                                    .map(UUID::fromString)
                                    .toList()));
        }
        return found;
    }

    /** Both sides of each match; {@code $addToSet} of identical entries, so a replay adds nothing. */
    void recordMatches(List<ItemMatched> published) {
        List<WriteModel<Document>> writes = new ArrayList<>();
        for (ItemMatched m : published) {
            writes.add(addMatch(m.itemId(), m.matchedItemId(), m));
            writes.add(addMatch(m.matchedItemId(), m.itemId(), m));
        }
        BulkUpserts.write(matches, writes);
    }

    /**
     * The buckets first, then the reports: a report present in {@code dedup_items} is fully indexed,
     * which is what makes a redelivered item recognisable.
     */
    void index(List<Report> indexed, Map<String, List<UUID>> added, Map<String, List<UUID>> before, int cap) {
        List<WriteModel<Document>> bucketWrites = new ArrayList<>();
        added.forEach((key, ids) -> {
            bucketWrites.add(new UpdateOneModel<>(
                    Filters.eq(ID, key), Updates.addEachToSet(ITEMS, strings(ids)), new UpdateOptions().upsert(true)));
            List<UUID> existing = before.getOrDefault(key, List.of());
            Set<UUID> union = new HashSet<>(existing);
            union.addAll(ids);
            int over = union.size() - cap;
            if (over > 0) {
                List<UUID> oldest = new ArrayList<>(existing.stream().distinct().toList());
                ids.stream().filter(id -> !existing.contains(id)).forEach(oldest::add);
                bucketWrites.add(new UpdateOneModel<>(
                        Filters.eq(ID, key), Updates.pullAll(ITEMS, strings(oldest.subList(0, over)))));
            }
        });
        if (!bucketWrites.isEmpty()) {
            buckets.bulkWrite(bucketWrites);
        }
        if (!indexed.isEmpty()) {
            BulkUpserts.write(
                    reports,
                    indexed.stream()
                            .map(r -> new ReplaceOneModel<>(
                                    Filters.eq(ID, r.itemId().toString()),
                                    document(r),
                                    new ReplaceOptions().upsert(true)))
                            .toList());
        }
    }

    /** The region of an indexed item, for scoping reads. */
    Optional<String> regionOf(UUID itemId) {
        return Optional.ofNullable(
                        reports.find(Filters.eq(ID, itemId.toString())).first())
                .map(d -> d.getString("regionCode"));
    }

    List<Document> matchesOf(UUID itemId) {
        Document d = matches.find(Filters.eq(ID, itemId.toString())).first();
        return d == null ? List.of() : d.getList(MATCHES, Document.class, List.of());
    }

    private static UpdateOneModel<Document> addMatch(UUID on, UUID other, ItemMatched m) {
        return new UpdateOneModel<>(
                Filters.eq(ID, on.toString()),
                Updates.addToSet(
                        MATCHES,
                        new Document("itemId", other.toString())
                                .append("relation", m.relation().name())
                                .append("similarity", m.similarity())),
                new UpdateOptions().upsert(true));
    }

    private static Document document(Report r) {
        return new Document(ID, r.itemId().toString())
                .append("regionCode", r.regionCode())
                .append("townshipCode", r.townshipCode())
                .append("unitCode", r.unitCode())
                .append("at", Date.from(r.at()))
                .append("incident", r.incident().toString())
                .append("shingles", longs(r.shingles().values()));
    }

    private static Report report(Document d) {
        long[] shingles = d.getList("shingles", Long.class, List.of()).stream()
                .mapToLong(Long::longValue)
                .toArray();
        return new Report(
                UUID.fromString(d.getString(ID)),
                d.getString("regionCode"),
                d.getString("townshipCode"),
                d.getString("unitCode"),
                d.getDate("at").toInstant(),
                UUID.fromString(d.getString("incident")),
                new Shingles(shingles));
    }

    private static List<Long> longs(long[] values) {
        List<Long> list = new ArrayList<>(values.length);
        for (long v : values) {
            list.add(v);
        }
        return list;
    }

    private static List<String> strings(Collection<UUID> ids) {
        return ids.stream().map(UUID::toString).toList();
    }
}
