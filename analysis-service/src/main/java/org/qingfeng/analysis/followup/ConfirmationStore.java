package org.qingfeng.analysis.followup;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.bson.Document;
import org.qingfeng.analysis.followup.rules.ItemConfirmation;
import org.qingfeng.contracts.intake.FollowUpRecorded;
import org.qingfeng.support.mongo.BulkUpserts;
import org.springframework.stereotype.Component;

/**
 * The {@code item_confirmations} projection: {@code _id} = item id, the item's standing verdict. A
 * verdict replaces the stored one only when it supersedes it ({@link ItemConfirmation#supersedes}),
 * by a conditional upsert on {@code _id}, {@code confirmedAt} and {@code followUpId}: a replay or a
 * late delivery of an older verdict changes nothing.
 */
@Component
class ConfirmationStore {

    private final MongoCollection<Document> confirmations;

    ConfirmationStore(MongoDatabase database) {
        this.confirmations = database.getCollection("item_confirmations");
    }

    int save(Collection<ItemConfirmation> verdicts) {
        List<ReplaceOneModel<Document>> writes = verdicts.stream()
                .map(v -> new ReplaceOneModel<>(
                        Filters.and(
                                Filters.eq("_id", v.itemId().toString()),
                                Filters.or(
                                        Filters.lt("confirmedAt", Date.from(v.confirmedAt())),
                                        Filters.and(
                                                Filters.eq("confirmedAt", Date.from(v.confirmedAt())),
                                                Filters.lt(
                                                        "followUpId",
                                                        v.followUpId().toString())))),
                        document(v),
                        new ReplaceOptions().upsert(true)))
                .toList();
        return BulkUpserts.write(confirmations, writes);
    }

    /** The item's standing verdict, if its submitter gave one. */
    Optional<ItemConfirmation> of(UUID itemId) {
        return Optional.ofNullable(
                        confirmations.find(Filters.eq("_id", itemId.toString())).first())
                .map(d -> new ItemConfirmation(
                        UUID.fromString(d.getString("_id")),
                        UUID.fromString(d.getString("followUpId")),
                        FollowUpRecorded.Rectified.valueOf(d.getString("rectified")),
                        d.getDate("confirmedAt").toInstant()));
    }

    private static Document document(ItemConfirmation v) {
        return new Document("_id", v.itemId().toString())
                .append("followUpId", v.followUpId().toString())
                .append("rectified", v.rectified().name())
                .append("confirmedAt", Date.from(v.confirmedAt()));
    }
}
