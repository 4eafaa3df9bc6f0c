package org.qingfeng.analysis.ledger;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.bulk.BulkWriteResult;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.springframework.stereotype.Repository;

/**
 * The {@code monthly_ledgers} collection. An item is counted by one conditional upsert that adds
 * its id to the line and increments the count only if the id is not there yet, so a redelivered
 * item can never be counted twice.
 */
@Repository
class MonthlyLedgers {

    private static final int DUPLICATE_KEY = 11000;
    private static final BulkWriteOptions UNORDERED = new BulkWriteOptions().ordered(false);

    private final MongoCollection<Document> ledgers;

    MonthlyLedgers(MongoDatabase database) {
        this.ledgers = database.getCollection("monthly_ledgers");
    }

    /** Counts each item once into its line; returns how many were not counted before. */
    int count(List<LedgerEntry> entries) {
        List<UpdateOneModel<Document>> updates =
                entries.stream().map(MonthlyLedgers::countOnce).toList();
        Outcome first = write(updates);
        // A duplicate key on a line created by a concurrent writer meanwhile: try once more; now
        // that the line exists, a duplicate key can only mean the item is already counted.
        Outcome second = write(first.duplicates());
        return first.counted() + second.counted();
    }

    List<LedgerRow> rows(LedgerKey.Range range) {
        Bson ids = Filters.and(Filters.gte("_id", range.first()), Filters.lt("_id", range.end()));
        List<LedgerRow> rows = new ArrayList<>();
        ledgers.find(ids).sort(Sorts.ascending("_id")).forEach(line -> rows.add(toRow(line)));
        return rows;
    }

    private static UpdateOneModel<Document> countOnce(LedgerEntry entry) {
        LedgerKey key = entry.key();
        String itemId = entry.itemId().toString();
        Bson notYetCounted = Filters.and(Filters.eq("_id", key.id()), Filters.ne("itemIds", itemId));
        Bson update = Updates.combine(
                Updates.push("itemIds", itemId),
                Updates.inc("count", 1),
                Updates.setOnInsert("month", key.month().toString()),
                Updates.setOnInsert("townshipCode", key.townshipCode()),
                Updates.setOnInsert("subjectArea", key.subjectArea()));
        return new UpdateOneModel<>(notYetCounted, update, new UpdateOptions().upsert(true));
    }

    private static LedgerRow toRow(Document line) {
        return new LedgerRow(line.getString("townshipCode"), line.getString("subjectArea"), line.getInteger("count"));
    }

    private Outcome write(List<UpdateOneModel<Document>> updates) {
        if (updates.isEmpty()) {
            return new Outcome(0, List.of());
        }
        try {
            return new Outcome(counted(ledgers.bulkWrite(updates, UNORDERED)), List.of());
        } catch (MongoBulkWriteException e) {
            if (e.getWriteConcernError() != null
                    || e.getWriteErrors().stream().anyMatch(error -> error.getCode() != DUPLICATE_KEY)) {
                throw e;
            }
            List<UpdateOneModel<Document>> duplicates = e.getWriteErrors().stream()
                    .map(BulkWriteError::getIndex)
                    .map(updates::get)
                    .toList();
            return new Outcome(counted(e.getWriteResult()), duplicates);
        }
    }

    private static int counted(BulkWriteResult result) {
        return result.getModifiedCount() + result.getUpserts().size();
    }

    private record Outcome(int counted, List<UpdateOneModel<Document>> duplicates) {}
}
