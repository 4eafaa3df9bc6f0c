package org.qingfeng.analysis.dedup;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.bson.Document;
import org.qingfeng.contracts.intake.ItemMatched;
import org.qingfeng.contracts.intake.ItemMatched.Relation;
import org.qingfeng.support.mongo.BulkUpserts;
import org.springframework.stereotype.Component;

/**
 * The {@code item_matches} projection, {@code _id} = item id: what intake found the item to be
 * ({@code relation}, {@code matchedItemId}, {@code similarity}, {@code method}) and the {@code
 * incident} it belongs to: the first report for {@code SAME_INCIDENT}, itself for a link. An item
 * without a document is an incident of its own. Kept apart from the ledger and the assessment's
 * items, which credit every reporter for every item: counting incidents reads this beside them.
 * Replaced by {@code _id}, so a replay changes nothing.
 */
@Component
public class IncidentStore {

    private final MongoCollection<Document> matches;

    IncidentStore(MongoDatabase database) {
        this.matches = database.getCollection("item_matches");
    }

    int save(List<ItemMatched> found) {
        return BulkUpserts.write(
                matches,
                found.stream()
                        .map(m -> new ReplaceOneModel<>(
                                Filters.eq("_id", m.itemId().toString()),
                                document(m),
                                new ReplaceOptions().upsert(true)))
                        .toList());
    }

    /** The incident of each item: the first report it repeats, or itself. */
    public Map<UUID, UUID> incidentsOf(Collection<UUID> items) {
        Map<UUID, UUID> incidents = new HashMap<>();
        items.forEach(item -> incidents.put(item, item));
        if (!items.isEmpty()) {
            matches.find(Filters.in("_id", items.stream().map(UUID::toString).toList()))
                    .forEach(d -> incidents.put(
                            UUID.fromString(d.getString("_id")), UUID.fromString(d.getString("incident"))));
        }
        return incidents;
    }

    /**
     * What intake found each of {@code items} to repeat or relate to, for those it found anything
     * for; read by {@code _id} (the triage board shows it beside each item).
     */
    public Map<UUID, Match> matchesOf(Collection<UUID> items) {
        Map<UUID, Match> found = new HashMap<>();
        if (!items.isEmpty()) {
            matches.find(Filters.in("_id", items.stream().map(UUID::toString).toList()))
                    .forEach(d -> found.put(
                            UUID.fromString(d.getString("_id")),
                            new Match(
                                    UUID.fromString(d.getString("matchedItemId")),
                                    d.getString("relation"),
                                    d.get("similarity", Number.class).doubleValue())));
        }
        return found;
    }

    /**
     * One item's match as intake found it.
     *
     * @param relation {@code SAME_INCIDENT} or {@code SAME_PROBLEM_ELSEWHERE}
     */
    public record Match(UUID matchedItemId, String relation, double similarity) {}

    /** How many incidents {@code items} report: each repeated incident once. */
    public int countIncidents(Collection<UUID> items) {
        Set<UUID> distinct = new HashSet<>(incidentsOf(items).values());
        return distinct.size();
    }

    private static Document document(ItemMatched m) {
        UUID incident = m.relation() == Relation.SAME_INCIDENT ? m.matchedItemId() : m.itemId();
        return new Document("_id", m.itemId().toString())
                .append("matchedItemId", m.matchedItemId().toString())
                .append("relation", m.relation().name())
                .append("similarity", m.similarity())
                .append("method", m.method())
                .append("incident", incident.toString());
    }
}
