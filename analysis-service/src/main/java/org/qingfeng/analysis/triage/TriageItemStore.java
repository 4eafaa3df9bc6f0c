package org.qingfeng.analysis.triage;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.jspecify.annotations.Nullable;
import org.qingfeng.contracts.analysis.ItemTriaged;
import org.qingfeng.contracts.intake.ItemSubmitted;
import org.qingfeng.support.mongo.BulkUpserts;
import org.springframework.stereotype.Component;

/**
 * The {@code triage_items} projection, {@code _id} = item id: that analysis has seen the item
 * submitted (and where it belongs), its latest decision, and {@code lastSequence}, the highest
 * decision number handed out or seen.
 *
 * <p>Each fact is a field upsert, so a decision arriving before its item is kept. The decision is
 * replaced only by a higher {@code decisionSequence}. {@code lastSequence} is raised with {@code $max}
 * by every decision seen and with {@code $inc} when a new one is handed out: two decisions sent at
 * once get different numbers, and after a rebuild from the topic numbering continues above every
 * published decision.
 */
@Component
class TriageItemStore {

    private final MongoCollection<Document> items;

    TriageItemStore(MongoDatabase database) {
        this.items = database.getCollection("triage_items");
    }

    boolean known(UUID itemId) {
        return submitted(items.find(byId(itemId))
                .projection(Projections.include("submitted"))
                .first());
    }

    /**
     * Where a submitted item belongs, for the caller's scope: its region (the village or unit it
     * came from), or its township for an item projected before the region was kept; empty if
     * analysis has not seen it submitted.
     */
    Optional<String> regionOf(UUID itemId) {
        Document item = items.find(byId(itemId))
                .projection(Projections.include("submitted", "regionCode", "townshipCode"))
                .first();
        if (!submitted(item)) {
            return Optional.empty();
        }
        String region = item.getString("regionCode");
        return Optional.ofNullable(region != null ? region : item.getString("townshipCode"));
    }

    /**
     * The next decision number of a known item, reserved; empty if analysis has not seen it submitted.
     * A number taken from an item whose submission has not arrived is skipped, which the numbering allows.
     */
    OptionalInt claimNext(UUID itemId) {
        Document after = items.findOneAndUpdate(
                byId(itemId),
                Updates.inc("lastSequence", 1),
                new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER));
        return submitted(after)
                ? OptionalInt.of(after.get("lastSequence", Number.class).intValue())
                : OptionalInt.empty();
    }

    int recordSubmitted(List<ItemSubmitted> submitted) {
        List<UpdateOneModel<Document>> writes = submitted.stream()
                .map(item -> new UpdateOneModel<Document>(
                        Filters.eq("_id", item.itemId().toString()),
                        Updates.combine(
                                Updates.set("submitted", true),
                                Updates.set("submittedAt", Date.from(item.occurredAt())),
                                Updates.set(
                                        "submitterKind", item.submitterKind().name()),
                                Updates.set("regionCode", item.item().regionCode()),
                                Updates.set("townshipCode", item.item().townshipCode()),
                                Updates.set("unitCode", item.item().unitCode()),
                                Updates.set("subjectArea", item.item().subjectArea()),
                                Updates.setOnInsert("decisionSequence", 0),
                                Updates.max("lastSequence", 0)),
                        new UpdateOptions().upsert(true)))
                .toList();
        return BulkUpserts.write(items, writes);
    }

    int recordTriaged(List<ItemTriaged> decisions) {
        List<UpdateOneModel<Document>> writes = decisions.stream()
                .map(decision -> new UpdateOneModel<Document>(
                        Filters.and(
                                Filters.eq("_id", decision.itemId().toString()),
                                Filters.lt("decisionSequence", decision.sequence())),
                        Updates.combine(
                                Updates.set("decisionSequence", decision.sequence()),
                                Updates.set("decision", decision.decision().name()),
                                Updates.set("reason", decision.reason()),
                                Updates.set(
                                        "relatedItemId",
                                        decision.relatedItemId() == null
                                                ? null
                                                : decision.relatedItemId().toString()),
                                Updates.set("decidedAt", Date.from(decision.occurredAt())),
                                Updates.max("lastSequence", decision.sequence())),
                        new UpdateOptions().upsert(true)))
                .toList();
        return BulkUpserts.write(items, writes);
    }

    /**
     * By {@code _id} alone, the submission checked on the document: mongo-java-server scans the
     * collection for a filter with any other condition, on every request.
     */
    private static Bson byId(UUID itemId) {
        return Filters.eq("_id", itemId.toString());
    }

    private static boolean submitted(@Nullable Document item) {
        return item != null && item.getBoolean("submitted", false);
    }
}
