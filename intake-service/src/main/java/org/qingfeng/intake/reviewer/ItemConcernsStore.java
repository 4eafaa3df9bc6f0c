package org.qingfeng.intake.reviewer;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoCursor;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;
import org.bson.Document;
import org.qingfeng.contracts.intake.SealedBox;
import org.qingfeng.contracts.intake.SubmissionReceived;
import org.springframework.stereotype.Component;

/**
 * The {@code item_concerns} projection: for each item that names a post or person, that text still
 * sealed ({@code item-concerns}) and when the item was received, so that a reviewer who registers
 * names later can be checked against recent items without reading the submission topic again.
 * {@code _id} the item id, replaced by it; a replay of {@code intake.submission-received.v1} rebuilds it.
 */
@Component
class ItemConcernsStore {

    private static final String RECEIVED_AT = "receivedAt";
    private static final String CONCERNS = "concerns";
    private static final ReplaceOptions UPSERT = new ReplaceOptions().upsert(true);

    private final MongoCollection<Document> concerns;

    ItemConcernsStore(MongoDatabase database) {
        this.concerns = database.getCollection("item_concerns");
    }

    /** Stores the sealed concerns of the submissions that have them. */
    void put(List<SubmissionReceived> batch) {
        List<ReplaceOneModel<Document>> writes = batch.stream()
                .filter(s -> s.concerns() != null)
                .map(s -> new ReplaceOneModel<>(
                        Filters.eq("_id", s.itemId().toString()),
                        new Document("_id", s.itemId().toString())
                                .append(RECEIVED_AT, Date.from(s.occurredAt()))
                                .append(CONCERNS, document(Objects.requireNonNull(s.concerns()))),
                        UPSERT))
                .toList();
        if (!writes.isEmpty()) {
            concerns.bulkWrite(writes);
        }
    }

    /**
     * The items received since {@code from}, handed over {@code batchSize} at a time from one cursor,
     * so a long re-check never holds more than a batch.
     */
    void since(Instant from, int batchSize, Consumer<List<ItemConcerns>> each) {
        try (MongoCursor<Document> cursor = concerns.find(Filters.gte(RECEIVED_AT, Date.from(from)))
                .batchSize(batchSize)
                .iterator()) {
            List<ItemConcerns> batch = new ArrayList<>(batchSize);
            while (cursor.hasNext()) {
                batch.add(read(cursor.next()));
                if (batch.size() == batchSize) {
                    each.accept(List.copyOf(batch));
                    batch.clear();
                }
            }
            if (!batch.isEmpty()) {
                each.accept(List.copyOf(batch));
            }
        }
    }

    private static ItemConcerns read(Document d) {
        Document box = d.get(CONCERNS, Document.class);
        return new ItemConcerns(
                UUID.fromString(d.getString("_id")),
                new SealedBox(
                        box.getString("keyId"),
                        box.getString("wrappedKey"),
                        box.getString("nonce"),
                        box.getString("ciphertext")));
    }

    private static Document document(SealedBox box) {
        return new Document("keyId", box.keyId())
                .append("wrappedKey", box.wrappedKey())
                .append("nonce", box.nonce())
                .append("ciphertext", box.ciphertext());
    }
}
