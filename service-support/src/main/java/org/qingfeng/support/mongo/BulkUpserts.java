package org.qingfeng.support.mongo;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.bulk.BulkWriteResult;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.WriteModel;
import java.util.List;
import org.bson.Document;

/**
 * One poll's upserts as one unordered bulk write. Every projection writes with upserts whose filter
 * is the document's {@code _id}, sometimes with a condition ("only a newer version"); such an upsert
 * can meet a duplicate key in two ways:
 *
 * <ul>
 *   <li>another listener created the same document meanwhile: trying once more updates it;
 *   <li>the document exists but fails the condition (it already holds something newer): the
 *       upsert then tries to insert and collides, which means there is nothing to do.
 * </ul>
 *
 * So the duplicates are tried once more, and a duplicate on the second try is dropped: by then the
 * document exists, and a collision can only mean the condition failed. Any other error fails the
 * poll, which is retried.
 */
public final class BulkUpserts {

    private static final int DUPLICATE_KEY = 11000;
    private static final BulkWriteOptions UNORDERED = new BulkWriteOptions().ordered(false);

    private BulkUpserts() {}

    /** Writes them all; returns how many documents were inserted or changed. */
    public static int write(MongoCollection<Document> collection, List<? extends WriteModel<Document>> writes) {
        Outcome first = attempt(collection, writes);
        Outcome second = attempt(collection, first.duplicates());
        return first.changed() + second.changed();
    }

    private static Outcome attempt(MongoCollection<Document> collection, List<? extends WriteModel<Document>> writes) {
        if (writes.isEmpty()) {
            return new Outcome(0, List.of());
        }
        try {
            return new Outcome(changed(collection.bulkWrite(writes, UNORDERED)), List.of());
        } catch (MongoBulkWriteException e) {
            if (e.getWriteConcernError() != null
                    || e.getWriteErrors().stream().anyMatch(error -> error.getCode() != DUPLICATE_KEY)) {
                throw e;
            }
            List<WriteModel<Document>> duplicates = e.getWriteErrors().stream()
                    .map(BulkWriteError::getIndex)
                    .<WriteModel<Document>>map(writes::get)
                    .toList();
            return new Outcome(changed(e.getWriteResult()), duplicates);
        }
    }

    private static int changed(BulkWriteResult result) {
        return result.getModifiedCount() + result.getUpserts().size();
    }

    private record Outcome(int changed, List<WriteModel<Document>> duplicates) {}
}
