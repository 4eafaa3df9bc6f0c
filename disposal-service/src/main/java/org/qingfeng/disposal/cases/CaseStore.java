package org.qingfeng.disposal.cases;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.qingfeng.contracts.EventJson;
import org.qingfeng.contracts.disposal.CaseStepped;
import org.springframework.stereotype.Component;

/**
 * The {@code cases} projection: {@code _id} = case id, {@code sequence} of the latest applied step,
 * the fields the reads select on, and {@code history}, every applied step as published. A step is
 * applied only when its sequence is the stored one plus one (the opening when nothing is stored):
 * the update's filter names the sequence it follows, so a duplicate, a replay or the loser of a
 * race changes nothing. One ordered bulk write per poll, so a case's steps in one poll apply in order.
 */
@Component
class CaseStore implements Cases {

    private static final Comparator<CaseView> NEWEST_FIRST = Comparator.comparing(CaseView::openedAt)
            .reversed()
            .thenComparing(c -> c.caseId().toString());

    private final MongoCollection<Document> cases;

    CaseStore(MongoDatabase database) {
        this.cases = database.getCollection("cases");
    }

    /** Applies what follows on from the stored sequences; answers the steps applied, in order. */
    List<CaseStepped> apply(List<CaseStepped> steps) {
        if (steps.isEmpty()) {
            return List.of();
        }
        Map<UUID, Long> stored = storedSequences(steps);
        List<CaseStepped> applied = new ArrayList<>();
        List<UpdateOneModel<Document>> writes = new ArrayList<>();
        for (CaseStepped step : steps) {
            long current = stored.getOrDefault(step.caseId(), 0L);
            if (step.sequence() != current + 1) {
                continue;
            }
            stored.put(step.caseId(), step.sequence());
            applied.add(step);
            writes.add(write(step));
        }
        if (!writes.isEmpty()) {
            cases.bulkWrite(writes);
        }
        return applied;
    }

    @Override
    public Optional<CaseView> find(UUID caseId) {
        return Optional.ofNullable(
                        cases.find(Filters.eq("_id", caseId.toString())).first())
                .map(CaseStore::view);
    }

    @Override
    public List<CaseView> addressedTo(List<String> recipientCodes) {
        return read(Filters.in("recipientCode", recipientCodes));
    }

    @Override
    public List<CaseView> containing(UUID itemId) {
        return read(Filters.eq("itemIds", itemId.toString()));
    }

    @Override
    public List<CaseView> unfinished() {
        return read(Filters.eq("finished", false));
    }

    @Override
    public List<CaseView> steppedBetween(Instant from, Instant to) {
        // A case with a step in [from, to) opened before `to` and last stepped at or after `from`;
        // the history decides among those.
        return read(Filters.and(
                        Filters.lt("openedAtMillis", to.toEpochMilli()),
                        Filters.gte("updatedAtMillis", from.toEpochMilli())))
                .stream()
                .filter(c -> c.history().stream()
                        .anyMatch(s ->
                                !s.occurredAt().isBefore(from) && s.occurredAt().isBefore(to)))
                .toList();
    }

    @Override
    public List<CaseView> rows() {
        List<CaseView> found = new ArrayList<>();
        cases.find()
                .projection(Projections.fields(Projections.include("openedAtMillis"), Projections.slice("history", -1)))
                .forEach(document -> found.add(row(document)));
        found.sort(NEWEST_FIRST);
        return found;
    }

    /** The unit's cases, for the first-colour policy's recurrence and history. */
    List<CaseView> ofUnit(String unitCode) {
        return read(Filters.eq("unitCode", unitCode));
    }

    private List<CaseView> read(Bson filter) {
        List<CaseView> found = new ArrayList<>();
        cases.find(filter).forEach(document -> found.add(view(document)));
        found.sort(NEWEST_FIRST);
        return found;
    }

    private Map<UUID, Long> storedSequences(List<CaseStepped> steps) {
        List<String> ids =
                steps.stream().map(step -> step.caseId().toString()).distinct().toList();
        Map<UUID, Long> stored = new HashMap<>();
        cases.find(Filters.in("_id", ids))
                .projection(Projections.include("sequence"))
                .forEach(document -> stored.put(
                        UUID.fromString(document.getString("_id")),
                        document.get("sequence", Number.class).longValue()));
        return stored;
    }

    private static UpdateOneModel<Document> write(CaseStepped step) {
        Document event = Document.parse(EventJson.mapper().writeValueAsString(step));
        Bson standing = Updates.combine(
                Updates.set("sequence", step.sequence()),
                Updates.set("finished", step.finished()),
                Updates.set("unitCode", step.unitCode()),
                Updates.set("recipientCode", step.recipientCode()),
                Updates.set("updatedAtMillis", step.occurredAt().toEpochMilli()));
        if (step.sequence() == 1) {
            // Only ever inserts: a case stored meanwhile by another writer keeps its steps.
            Document opened = new Document("sequence", step.sequence())
                    .append("finished", step.finished())
                    .append("unitCode", step.unitCode())
                    .append("recipientCode", step.recipientCode())
                    .append("updatedAtMillis", step.occurredAt().toEpochMilli())
                    .append(
                            "itemIds",
                            step.itemIds().stream().map(UUID::toString).toList())
                    .append("openedAtMillis", step.occurredAt().toEpochMilli())
                    .append("history", List.of(event));
            return new UpdateOneModel<>(
                    Filters.eq("_id", step.caseId().toString()),
                    Updates.setOnInsert(opened),
                    new UpdateOptions().upsert(true));
        }
        return new UpdateOneModel<>(
                Filters.and(Filters.eq("_id", step.caseId().toString()), Filters.eq("sequence", step.sequence() - 1)),
                Updates.combine(standing, Updates.push("history", event)));
    }

    /** A case from its latest step alone: every step carries the case's standing and its origin. */
    private static CaseView row(Document document) {
        CaseStepped last = EventJson.mapper()
                .readValue(document.getList("history", Document.class).get(0).toJson(), CaseStepped.class);
        CaseView latest = CaseView.of(List.of(last));
        Instant openedAt = Instant.ofEpochMilli(
                document.get("openedAtMillis", Number.class).longValue());
        return new CaseView(
                latest.caseId(),
                latest.sequence(),
                latest.origin(),
                latest.findingId(),
                latest.itemIds(),
                latest.unitCode(),
                latest.townshipCode(),
                latest.recipientCode(),
                latest.stationCode(),
                latest.post(),
                latest.ladder(),
                latest.ladderVersion(),
                latest.rung(),
                latest.rungCode(),
                latest.colour(),
                latest.state(),
                latest.dueAt(),
                latest.acknowledgeBy(),
                latest.severity(),
                latest.policyVersion(),
                openedAt,
                latest.updatedAt(),
                latest.history());
    }

    private static CaseView view(Document document) {
        List<CaseStepped> history = document.getList("history", Document.class).stream()
                .map(event -> EventJson.mapper().readValue(event.toJson(), CaseStepped.class))
                .toList();
        return CaseView.of(history);
    }
}
