package org.qingfeng.analysis.register;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.qingfeng.contracts.analysis.Classification;
import org.qingfeng.contracts.analysis.ItemTriaged;
import org.qingfeng.contracts.analysis.TriageDecision;
import org.qingfeng.contracts.intake.ItemSubmitted;
import org.qingfeng.support.mongo.BulkUpserts;
import org.springframework.stereotype.Component;

/**
 * The {@code register_items} projection, {@code _id} = item id: where the item belongs and its month
 * (from {@code intake.item-submitted.v1}), and its latest decision with the point it was tagged to
 * (from {@code analysis.item-triaged.v1}). Field upserts, so a decision arriving before its item is
 * kept; a decision replaces another only with a higher sequence. No text of the item is kept.
 */
@Component
class RegisterItemStore {

    /** The decisions that take an item up: only these tag a point, or leave a gap. */
    static final List<String> TAKEN_UP = List.of(TriageDecision.ACCEPTED.name(), TriageDecision.LINKED.name());

    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("yyyy-MM");

    private final MongoCollection<Document> items;

    RegisterItemStore(MongoDatabase database) {
        this.items = database.getCollection("register_items");
    }

    /** An item taken up and tagged to a point. */
    record Tag(String riskPointId, Instant decidedAt) {}

    /** An item of a month taken up without a point. */
    record Gap(
            String itemId,
            String regionCode,
            String unitCode,
            String subjectArea,
            @Nullable String riskCategory,
            Instant decidedAt) {}

    List<Tag> tags() {
        List<Tag> tags = new ArrayList<>();
        items.find(Filters.and(Filters.ne("riskPointId", null), Filters.in("decision", TAKEN_UP)))
                .projection(Projections.include("riskPointId", "decidedAt"))
                .forEach(d -> tags.add(new Tag(
                        d.getString("riskPointId"), d.getDate("decidedAt").toInstant())));
        return tags;
    }

    List<Gap> gaps(String month) {
        List<Gap> gaps = new ArrayList<>();
        items.find(Filters.and(
                        Filters.eq("month", month), Filters.in("decision", TAKEN_UP), Filters.eq("riskPointId", null)))
                .forEach(d -> gaps.add(new Gap(
                        d.getString("_id"),
                        d.getString("regionCode"),
                        d.getString("unitCode"),
                        d.getString("classifiedSubjectArea") != null
                                ? d.getString("classifiedSubjectArea")
                                : d.getString("subjectArea"),
                        d.getString("riskCategory"),
                        d.getDate("decidedAt").toInstant())));
        return gaps;
    }

    int recordSubmitted(List<ItemSubmitted> submitted, ZoneId zone) {
        return BulkUpserts.write(
                items,
                submitted.stream()
                        .map(item -> new UpdateOneModel<Document>(
                                Filters.eq("_id", item.itemId().toString()),
                                Updates.combine(
                                        Updates.set(
                                                "month",
                                                MONTH.format(item.occurredAt().atZone(zone))),
                                        Updates.set("regionCode", item.item().regionCode()),
                                        Updates.set("unitCode", item.item().unitCode()),
                                        Updates.set("subjectArea", item.item().subjectArea()),
                                        Updates.setOnInsert("decisionSequence", 0)),
                                new UpdateOptions().upsert(true)))
                        .toList());
    }

    int recordTriaged(List<ItemTriaged> decisions) {
        return BulkUpserts.write(
                items,
                decisions.stream()
                        .map(decision -> {
                            Classification c = decision.classification();
                            return new UpdateOneModel<Document>(
                                    Filters.and(
                                            Filters.eq("_id", decision.itemId().toString()),
                                            Filters.lt("decisionSequence", decision.sequence())),
                                    Updates.combine(
                                            Updates.set("decisionSequence", decision.sequence()),
                                            Updates.set(
                                                    "decision",
                                                    decision.decision().name()),
                                            Updates.set("riskPointId", c == null ? null : c.riskPointId()),
                                            Updates.set(
                                                    "riskCategory",
                                                    c == null || c.riskCategory() == null
                                                            ? null
                                                            : c.riskCategory().name()),
                                            Updates.set("classifiedSubjectArea", c == null ? null : c.subjectArea()),
                                            Updates.set("decidedAt", Date.from(decision.occurredAt()))),
                                    new UpdateOptions().upsert(true));
                        })
                        .toList());
    }
}
