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
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.UUID;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.jspecify.annotations.Nullable;
import org.qingfeng.analysis.AnalysisProperties;
import org.qingfeng.analysis.triage.rules.BoardItem;
import org.qingfeng.analysis.triage.rules.BoardMonth;
import org.qingfeng.analysis.triage.rules.ItemPlace;
import org.qingfeng.contracts.analysis.Classification;
import org.qingfeng.contracts.analysis.ItemTriaged;
import org.qingfeng.contracts.analysis.Severity;
import org.qingfeng.contracts.intake.ItemSubmitted;
import org.qingfeng.contracts.intake.RiskCategory;
import org.qingfeng.support.mongo.BulkUpserts;
import org.springframework.stereotype.Component;

/**
 * The {@code triage_items} projection, {@code _id} = item id: that analysis has seen the item
 * submitted (where it belongs, how it came, its {@code month}), its latest decision with its
 * classification and decider, and {@code lastSequence}, the highest decision number handed out or
 * seen. Beside it {@code triage_months}, {@code _id} = {@code yyyy-MM}, lists each month's item ids
 * for the board.
 *
 * <p>Each fact is a field upsert, so a decision arriving before its item is kept. The decision is
 * replaced only by a higher {@code decisionSequence}. {@code lastSequence} is raised with {@code $max}
 * by every decision seen and with {@code $inc} when a new one is handed out: two decisions sent at
 * once get different numbers, and after a rebuild from the topic numbering continues above every
 * published decision.
 */
@Component
class TriageItemStore {

    /** Ids per {@code $in}: keeps each query document small whatever the month holds. */
    private static final int IN_BATCH = 500;

    private final MongoCollection<Document> items;
    private final MongoCollection<Document> months;
    private final ZoneId zone;

    TriageItemStore(MongoDatabase database, AnalysisProperties properties) {
        this.items = database.getCollection("triage_items");
        this.months = database.getCollection("triage_months");
        this.zone = properties.zone();
    }

    /**
     * The submitted items of a month: the month's {@code itemIds} by {@code _id}, then the items by
     * {@code _id $in}; both lookups use the {@code _id} index (mongo-java-server uses no other), so a
     * month costs what it holds, not what the collection holds.
     */
    List<BoardItem> ofMonth(String month) {
        Document filed = months.find(Filters.eq("_id", month)).first();
        List<String> ids = filed == null ? List.of() : filed.getList("itemIds", String.class, List.of());
        List<BoardItem> found = new ArrayList<>(ids.size());
        for (int from = 0; from < ids.size(); from += IN_BATCH) {
            items.find(Filters.in("_id", ids.subList(from, Math.min(ids.size(), from + IN_BATCH))))
                    .forEach(item -> {
                        if (submitted(item)) {
                            found.add(boardItem(item));
                        }
                    });
        }
        return found;
    }

    /** Where a submitted item belongs, for a reviewer's ties; empty if analysis has not seen it submitted. */
    Optional<ItemPlace> placeOf(UUID itemId) {
        Document item = items.find(byId(itemId))
                .projection(Projections.include("submitted", "townshipCode", "unitCode"))
                .first();
        return submitted(item)
                ? Optional.of(new ItemPlace(itemId, item.getString("townshipCode"), item.getString("unitCode")))
                : Optional.empty();
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
                                Updates.set("channel", item.item().channel().name()),
                                Updates.set("urgency", item.item().urgency().name()),
                                Updates.set("month", BoardMonth.of(item.occurredAt(), zone)),
                                Updates.setOnInsert("decisionSequence", 0),
                                Updates.max("lastSequence", 0)),
                        new UpdateOptions().upsert(true)))
                .toList();
        int written = BulkUpserts.write(items, writes);
        recordMonths(submitted);
        return written;
    }

    /**
     * Files the items under their month in {@code triage_months}: one document per month whose {@code
     * itemIds} the board reads by {@code _id}, one {@code $addToSet} per month of the poll.
     */
    private void recordMonths(List<ItemSubmitted> submitted) {
        Map<String, List<String>> byMonth = new TreeMap<>();
        submitted.forEach(
                item -> byMonth.computeIfAbsent(BoardMonth.of(item.occurredAt(), zone), m -> new ArrayList<>())
                        .add(item.itemId().toString()));
        List<UpdateOneModel<Document>> writes = byMonth.entrySet().stream()
                .map(month -> new UpdateOneModel<Document>(
                        Filters.eq("_id", month.getKey()),
                        Updates.addEachToSet("itemIds", month.getValue()),
                        new UpdateOptions().upsert(true)))
                .toList();
        BulkUpserts.write(months, writes);
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
                                Updates.set("classification", classification(decision.classification())),
                                Updates.set("decidedBy", decision.decidedBy()),
                                Updates.max("lastSequence", decision.sequence())),
                        new UpdateOptions().upsert(true)))
                .toList();
        return BulkUpserts.write(items, writes);
    }

    private static @Nullable Document classification(@Nullable Classification classification) {
        if (classification == null) {
            return null;
        }
        return new Document("subjectArea", classification.subjectArea())
                .append(
                        "riskCategory",
                        classification.riskCategory() == null
                                ? null
                                : classification.riskCategory().name())
                .append("riskPointId", classification.riskPointId())
                .append("severity", classification.severity().name())
                .append("office", classification.office());
    }

    private static @Nullable Classification classification(@Nullable Document stored) {
        if (stored == null) {
            return null;
        }
        String category = stored.getString("riskCategory");
        return new Classification(
                stored.getString("subjectArea"),
                category == null ? null : RiskCategory.valueOf(category),
                stored.getString("riskPointId"),
                Severity.valueOf(stored.getString("severity")),
                stored.getString("office"));
    }

    private static BoardItem boardItem(Document item) {
        String decision = item.getString("decision");
        Date decidedAt = item.getDate("decidedAt");
        return new BoardItem(
                UUID.fromString(item.getString("_id")),
                item.getDate("submittedAt").toInstant(),
                item.getString("regionCode"),
                item.getString("townshipCode"),
                item.getString("unitCode"),
                item.getString("subjectArea"),
                item.getString("channel"),
                item.getString("urgency"),
                item.getString("submitterKind"),
                decision,
                decision == null
                        ? 0
                        : item.get("decisionSequence", Number.class).intValue(),
                item.getString("reason"),
                item.getString("relatedItemId"),
                classification(item.get("classification", Document.class)),
                decidedAt == null ? null : decidedAt.toInstant(),
                item.getString("decidedBy"),
                List.of());
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
