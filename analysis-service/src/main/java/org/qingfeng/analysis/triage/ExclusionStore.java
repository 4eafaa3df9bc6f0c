package org.qingfeng.analysis.triage;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.util.Collection;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.bson.Document;
import org.qingfeng.support.mongo.BulkUpserts;
import org.springframework.stereotype.Component;

/**
 * The {@code triage_exclusions} record, {@code _id} = {@code itemId|subject}: that the reviewer was
 * kept off the item, why ({@code kind}), when first. Written on the read path (the board), the one
 * collection here that is not a topic's projection: it is the board's memory of what it has audited,
 * and a lost one is recorded and audited again on the next read. Inserted only, never changed.
 */
@Component
class ExclusionStore {

    private static final int IN_BATCH = 500;

    private final MongoCollection<Document> exclusions;

    ExclusionStore(MongoDatabase database) {
        this.exclusions = database.getCollection("triage_exclusions");
    }

    /** Which of the ids are recorded already, looked up by {@code _id}. */
    Set<String> recorded(Collection<String> ids) {
        List<String> all = List.copyOf(ids);
        Set<String> recorded = new HashSet<>();
        for (int from = 0; from < all.size(); from += IN_BATCH) {
            exclusions
                    .find(Filters.in("_id", all.subList(from, Math.min(all.size(), from + IN_BATCH))))
                    .projection(Projections.include("_id"))
                    .forEach(found -> recorded.add(found.getString("_id")));
        }
        return recorded;
    }

    /** One unordered bulk write; a record another read made meanwhile is left as it is. */
    void record(List<Exclusion> found) {
        BulkUpserts.write(
                exclusions,
                found.stream()
                        .map(exclusion -> new UpdateOneModel<Document>(
                                Filters.eq("_id", exclusion.id()),
                                Updates.combine(
                                        Updates.setOnInsert(
                                                "itemId", exclusion.itemId().toString()),
                                        Updates.setOnInsert("subject", exclusion.subject()),
                                        Updates.setOnInsert(
                                                "kind", exclusion.kind().name()),
                                        Updates.setOnInsert("recordedAt", Date.from(exclusion.recordedAt()))),
                                new UpdateOptions().upsert(true)))
                        .toList());
    }

    /** How many items the reviewer has been kept off so far; scans, for the reviewer's own page only. */
    long countFor(String subject) {
        return exclusions.countDocuments(Filters.eq("subject", subject));
    }
}
