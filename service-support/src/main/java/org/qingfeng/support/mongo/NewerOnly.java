package org.qingfeng.support.mongo;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.WriteModel;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;

/**
 * Replaces documents by {@code _id} only where the incoming one ranks higher (a version, a
 * precedence) than what is stored: a replay or a stale copy never winds a projection back.
 *
 * <p>Two round trips per batch, whatever its size: one {@code _id $in} read of the stored ranks, one
 * unordered bulk write of plain {@code _id} replaces. A filter of {@code _id} plus a rank condition
 * would do it in one atomic step on MongoDB, but mongo-java-server answers such a filter by scanning
 * the collection for every write (measured: 500 writes over 5,000 documents took 618 ms against
 * 74 ms by {@code _id} alone). The read-then-write is safe where each {@code _id} has one writer at a
 * time, which keyed partitions give a consumer group; where every instance projects the same topic,
 * a slower instance may briefly write an older rank, and its own next poll of the newer record puts
 * it right.
 */
public final class NewerOnly {

    private static final BulkWriteOptions UNORDERED = new BulkWriteOptions().ordered(false);

    private NewerOnly() {}

    /**
     * Writes each document whose {@code rankField} is higher than the stored one's, or that is not
     * stored yet; of several with the same {@code _id}, the highest. Returns how many were written.
     */
    public static int replace(MongoCollection<Document> collection, Collection<Document> documents, String rankField) {
        Map<Object, Document> highest = new LinkedHashMap<>();
        for (Document document : documents) {
            highest.merge(document.get("_id"), document, (a, b) -> rank(b, rankField) > rank(a, rankField) ? b : a);
        }
        if (highest.isEmpty()) {
            return 0;
        }
        Map<Object, Long> stored = new HashMap<>();
        collection
                .find(Filters.in("_id", highest.keySet()))
                .projection(Projections.include(rankField))
                .forEach(document -> stored.put(document.get("_id"), rank(document, rankField)));
        List<WriteModel<Document>> writes = new ArrayList<>();
        highest.forEach((id, document) -> {
            Long current = stored.get(id);
            if (current == null || rank(document, rankField) > current) {
                writes.add(new ReplaceOneModel<>(Filters.eq("_id", id), document, new ReplaceOptions().upsert(true)));
            }
        });
        if (!writes.isEmpty()) {
            collection.bulkWrite(writes, UNORDERED);
        }
        return writes.size();
    }

    private static long rank(Document document, String rankField) {
        Number rank = document.get(rankField, Number.class);
        if (rank == null) {
            throw new IllegalArgumentException("document " + document.get("_id") + " has no " + rankField);
        }
        return rank.longValue();
    }
}
