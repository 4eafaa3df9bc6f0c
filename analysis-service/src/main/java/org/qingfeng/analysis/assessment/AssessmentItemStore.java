package org.qingfeng.analysis.assessment;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.qingfeng.analysis.AnalysisProperties;
import org.qingfeng.analysis.assessment.rules.ItemFacts;
import org.qingfeng.contracts.analysis.ItemTriaged;
import org.qingfeng.contracts.analysis.TriageDecision;
import org.qingfeng.contracts.disposal.CaseStepped;
import org.qingfeng.contracts.disposal.WarningIssued;
import org.qingfeng.contracts.intake.ItemSubmitted;
import org.qingfeng.support.mongo.BulkUpserts;
import org.springframework.stereotype.Component;

/**
 * The {@code assessment_items} projection, {@code _id} = item id: the facts of each informant's item.
 * The three topics it comes from are keyed differently and read by separate consumers, so the facts
 * arrive in any order: each is a field upsert on the item's document, and a document that has seen
 * only a decision, a warning or a case so far waits for its submission (it has no {@code year} until then,
 * and stays so for items no informant sent). The decision is replaced only by a higher sequence.
 */
@Component
class AssessmentItemStore {

    private final MongoCollection<Document> items;
    private final ZoneId zone;

    AssessmentItemStore(MongoDatabase database, AnalysisProperties properties) {
        this.items = database.getCollection("assessment_items");
        this.zone = properties.zone();
    }

    /** Items an informant sent; other items are not assessed and are left out here. */
    int recordSubmitted(List<ItemSubmitted> submitted) {
        List<UpdateOneModel<Document>> writes = new ArrayList<>();
        for (ItemSubmitted item : submitted) {
            String token = item.informantToken();
            if (token == null) {
                continue;
            }
            LocalDate receivedOn = ItemFacts.receivedOn(item.occurredAt(), zone);
            LocalDate occurredOn = item.item().occurredOn();
            writes.add(upsert(
                    item.itemId(),
                    Updates.combine(
                            Updates.set("informantToken", token),
                            Updates.set("year", receivedOn.getYear()),
                            Updates.set("receivedAt", Date.from(item.occurredAt())),
                            Updates.set("receivedOn", receivedOn.toString()),
                            Updates.set("occurredOn", occurredOn == null ? null : occurredOn.toString()),
                            Updates.setOnInsert("decisionSequence", 0))));
        }
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
                                Updates.set("decision", decision.decision().name())),
                        new UpdateOptions().upsert(true)))
                .toList();
        return BulkUpserts.write(items, writes);
    }

    int recordWarned(List<WarningIssued> warnings) {
        List<UpdateOneModel<Document>> writes = warnings.stream()
                .map(warning -> upsert(
                        warning.itemId(),
                        Updates.combine(Updates.set("warned", true), Updates.setOnInsert("decisionSequence", 0))))
                .toList();
        return BulkUpserts.write(items, writes);
    }

    /**
     * Disposal's verification, per item of the case: {@code cases.<caseId>.accepted} once the station
     * accepted a reply, {@code cases.<caseId>.closed} once the case stood closed. Both only ever become
     * true, so steps may come in any order and twice; the item is verified when one case has both.
     */
    int recordCases(List<CaseStepped> steps) {
        List<UpdateOneModel<Document>> writes = new ArrayList<>();
        for (CaseStepped step : steps) {
            List<Bson> facts = new ArrayList<>();
            if (step.step() == CaseStepped.Step.REPLY_ACCEPTED) {
                facts.add(Updates.set("cases." + step.caseId() + ".accepted", true));
            }
            if (step.state() == CaseStepped.State.CLOSED) {
                facts.add(Updates.set("cases." + step.caseId() + ".closed", true));
            }
            if (facts.isEmpty()) {
                continue;
            }
            facts.add(Updates.setOnInsert("decisionSequence", 0));
            step.itemIds().forEach(itemId -> writes.add(upsert(itemId, Updates.combine(facts))));
        }
        return BulkUpserts.write(items, writes);
    }

    /** The facts of every informant's item received in {@code year}: a scan of one year's documents. */
    List<ItemFacts> receivedIn(int year) {
        return items.find(Filters.eq("year", year))
                .map(AssessmentItemStore::facts)
                .into(new ArrayList<>());
    }

    private static UpdateOneModel<Document> upsert(UUID itemId, Bson update) {
        return new UpdateOneModel<>(Filters.eq("_id", itemId.toString()), update, new UpdateOptions().upsert(true));
    }

    private static ItemFacts facts(Document document) {
        String occurredOn = document.getString("occurredOn");
        String decision = document.getString("decision");
        return new ItemFacts(
                UUID.fromString(document.getString("_id")),
                document.getString("informantToken"),
                LocalDate.parse(document.getString("receivedOn")),
                occurredOn == null ? null : LocalDate.parse(occurredOn),
                decision == null ? null : TriageDecision.valueOf(decision),
                document.getBoolean("warned", false),
                verified(document));
    }

    private static boolean verified(Document document) {
        Document cases = document.get("cases", Document.class);
        return cases != null
                && cases.values().stream()
                        .map(Document.class::cast)
                        .anyMatch(c -> c.getBoolean("accepted", false) && c.getBoolean("closed", false));
    }
}
