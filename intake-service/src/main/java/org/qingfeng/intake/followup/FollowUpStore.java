package org.qingfeng.intake.followup;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.qingfeng.contracts.intake.FollowUpRecorded;
import org.springframework.stereotype.Component;

/**
 * The {@code follow_ups} projection: one document per step, {@code _id} = {@code <itemId>:<followUpId>},
 * so that a question is found by its item and id in one read by key, and a step of another item is
 * never found under this one. Every field is set only on insert: the first record of a follow-up id
 * wins, a redelivery or replay changes nothing, and a retry that reused an {@code Idempotency-Key}
 * for other words cannot rewrite what was said.
 */
@Component
class FollowUpStore {

    static final String COLLECTION = "follow_ups";
    private static final String ITEM_ID = "itemId";
    private static final String AT = "at";
    private static final UpdateOptions UPSERT = new UpdateOptions().upsert(true);

    private final MongoCollection<Document> steps;

    FollowUpStore(MongoDatabase database) {
        this.steps = database.getCollection(COLLECTION);
        // A thread is read by item, oldest first.
        this.steps.createIndex(Indexes.ascending(ITEM_ID, AT));
    }

    void record(List<FollowUpRecorded> recorded) {
        steps.bulkWrite(recorded.stream()
                .map(r -> new UpdateOneModel<Document>(
                        Filters.eq("_id", id(r.itemId(), r.followUpId())),
                        Updates.combine(
                                Updates.setOnInsert(ITEM_ID, r.itemId().toString()),
                                Updates.setOnInsert("followUpId", r.followUpId().toString()),
                                Updates.setOnInsert("kind", r.kind().name()),
                                Updates.setOnInsert("questionId", string(r.questionId())),
                                Updates.setOnInsert("text", r.text()),
                                Updates.setOnInsert("askedBy", r.askedBy()),
                                Updates.setOnInsert(
                                        "rectified",
                                        r.rectified() == null
                                                ? null
                                                : r.rectified().name()),
                                Updates.setOnInsert(AT, Date.from(r.occurredAt()))),
                        UPSERT))
                .toList());
    }

    /** Every step about the item, oldest first. */
    List<FollowUpStep> thread(UUID itemId) {
        return steps.find(Filters.eq(ITEM_ID, itemId.toString()))
                .sort(Sorts.ascending(AT, "_id"))
                .map(FollowUpStore::step)
                .into(new ArrayList<>());
    }

    /** Whether {@code questionId} is a question asked about this item. */
    boolean isQuestionOf(UUID itemId, UUID questionId) {
        Document found = steps.find(Filters.eq("_id", id(itemId, questionId))).first();
        return found != null && FollowUpRecorded.Kind.QUESTION.name().equals(found.getString("kind"));
    }

    private static FollowUpStep step(Document d) {
        String questionId = d.getString("questionId");
        String rectified = d.getString("rectified");
        return new FollowUpStep(
                UUID.fromString(d.getString("followUpId")),
                FollowUpRecorded.Kind.valueOf(d.getString("kind")),
                d.getString("text"),
                d.getDate(AT).toInstant(),
                questionId == null ? null : UUID.fromString(questionId),
                d.getString("askedBy"),
                rectified == null ? null : FollowUpRecorded.Rectified.valueOf(rectified));
    }

    private static String id(UUID itemId, UUID followUpId) {
        return itemId + ":" + followUpId;
    }

    private static @Nullable String string(@Nullable UUID id) {
        return id == null ? null : id.toString();
    }
}
