package org.qingfeng.analysis.monthly;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Predicate;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.jspecify.annotations.Nullable;
import org.qingfeng.analysis.monthly.rules.CellChange;
import org.qingfeng.analysis.monthly.rules.CellCount;
import org.qingfeng.analysis.monthly.rules.ItemState;
import org.qingfeng.analysis.monthly.rules.Placement;
import org.qingfeng.support.mongo.BulkUpserts;
import org.springframework.stereotype.Component;

/**
 * The monthly aggregates. Every filter is an {@code _id} (or {@code _id $in}): the only filters the
 * Mongo wire server answers from its index rather than by a scan.
 *
 * <ul>
 *   <li>{@code monthly_cells}, {@code _id} = {@code yyyy-MM|township|unit|subject|channel}: counters
 *       {@code items}, {@code handled}, {@code excluded}, and {@code m.<itemId>} = the item's flag
 *       ({@link Placement}). Entry and counters change in one single-document update, so the
 *       counters always equal the entries, and the entries say which items a finding rests on.
 *   <li>{@code monthly_items}, {@code _id} = item id: the item's facts ({@code f} the submitted
 *       cell key, {@code d} decision, {@code q} its sequence, {@code k} the classified subject),
 *       where it is counted ({@code a}, {@code flag}), and {@code pending}: cells it is being moved to.
 *   <li>{@code monthly_keys}, {@code _id} = {@code yyyy-MM|township}: the cell keys of the month and
 *       township, so a month of a scope is read by {@code _id}s.
 * </ul>
 *
 * <p>One poll: read the items' documents, apply the events in memory, write the facts with the
 * target cell added to {@code pending}, write the cells, then set {@code a} (applied) and clear
 * {@code pending}. With {@code pending} empty the cells hold exactly what {@code a} says, so
 * the changes are computed from it; a replay finds the item already there and changes nothing. With
 * {@code pending} set (a poll failed half-way) the cells themselves are read to learn where the item
 * is counted, so it is still moved exactly once.
 */
@Component
class MonthlyStore {

    private static final UpdateOptions UPSERT = new UpdateOptions().upsert(true);

    /**
     * Ids per {@code _id $in} read: mongo-java-server finds them by its index but then matches each
     * document found against the whole list again, so a read of n ids costs n²; 200 keeps that small.
     */
    private static final int IN_BATCH = 200;

    private final MongoCollection<Document> cells;
    private final MongoCollection<Document> items;
    private final MongoCollection<Document> keys;

    MonthlyStore(MongoDatabase database) {
        this.cells = database.getCollection("monthly_cells");
        this.items = database.getCollection("monthly_items");
        this.keys = database.getCollection("monthly_keys");
    }

    /** Applies one poll's facts; returns how many cell entries changed. */
    int apply(List<ItemFact> facts) {
        if (facts.isEmpty()) {
            return 0;
        }
        Map<String, Stored> stored =
                read(facts.stream().map(ItemFact::itemId).distinct().toList());
        Map<String, ItemState> states = new LinkedHashMap<>();
        facts.forEach(fact -> states.merge(
                fact.itemId(),
                fact.applyTo(stored.getOrDefault(fact.itemId(), Stored.NONE).state()),
                (earlier, later) -> fact.applyTo(earlier)));
        List<WriteModel<Document>> intents = new ArrayList<>();
        List<WriteModel<Document>> settled = new ArrayList<>();
        List<CellChange> changes = new ArrayList<>();
        Map<String, Set<String>> newKeys = new TreeMap<>();
        states.forEach((itemId, state) -> {
            Stored before = stored.getOrDefault(itemId, Stored.NONE);
            Placement target = state.placement().orElse(null);
            List<CellChange> plan = CellChange.plan(itemId, actual(itemId, before, target), target);
            Bson written = factsOf(state);
            if (target == null || plan.isEmpty()) {
                // Not submitted yet (a decision came first), or already counted where it belongs.
                intents.add(new UpdateOneModel<>(byId(itemId), written, UPSERT));
                return;
            }
            intents.add(new UpdateOneModel<>(
                    byId(itemId), Updates.combine(written, Updates.addToSet("pending", target.cell())), UPSERT));
            settled.add(new UpdateOneModel<>(
                    byId(itemId),
                    Updates.combine(
                            Updates.set("a", target.cell()),
                            Updates.set("flag", target.flag()),
                            Updates.unset("pending"))));
            changes.addAll(plan);
            String cellKey = target.cell();
            newKeys.computeIfAbsent(monthAndTownship(cellKey), k -> new TreeSet<>())
                    .add(cellKey);
        });
        BulkUpserts.write(items, intents);
        BulkUpserts.write(keys, keyWrites(newKeys));
        BulkUpserts.write(cells, cellWrites(changes));
        BulkUpserts.write(items, settled);
        return changes.size();
    }

    /** Every cell of the months whose township passes {@code townships}, counters only. */
    List<CellCount> cells(Collection<YearMonth> months, Predicate<String> townships) {
        List<String> cellIds = new ArrayList<>();
        for (YearMonth month : months) {
            String prefix = month + "|";
            keys.find(Filters.and(Filters.gte("_id", prefix), Filters.lt("_id", month + "}")))
                    .forEach(document -> {
                        String id = document.getString("_id");
                        if (townships.test(id.substring(prefix.length()))) {
                            cellIds.addAll(document.getList("cells", String.class));
                        }
                    });
        }
        List<CellCount> counts = new ArrayList<>(cellIds.size());
        for (int from = 0; from < cellIds.size(); from += IN_BATCH) {
            List<String> batch = cellIds.subList(from, Math.min(cellIds.size(), from + IN_BATCH));
            cells.find(Filters.in("_id", batch))
                    .projection(Projections.include(
                            "month", "township", "unit", "subject", "channel", "items", "handled", "excluded"))
                    .forEach(document -> counts.add(count(document)));
        }
        return counts;
    }

    /**
     * Per cell key, the cell's items that are problems of their own (not excluded): one {@code _id
     * $in} read per {@value #IN_BATCH} cells, however many findings they serve.
     */
    Map<String, List<UUID>> problemItems(Collection<String> cellKeys) {
        List<String> ids = List.copyOf(new TreeSet<>(cellKeys));
        Map<String, List<UUID>> byCell = new HashMap<>();
        for (int from = 0; from < ids.size(); from += IN_BATCH) {
            cells.find(Filters.in("_id", ids.subList(from, Math.min(ids.size(), from + IN_BATCH))))
                    .projection(Projections.include("m"))
                    .forEach(document -> {
                        List<UUID> itemIds = new ArrayList<>();
                        Document entries = document.get("m", Document.class);
                        if (entries != null) {
                            entries.forEach((itemId, flag) -> {
                                if (((Number) flag).intValue() != Placement.EXCLUDED) {
                                    itemIds.add(UUID.fromString(itemId));
                                }
                            });
                        }
                        byCell.put(document.getString("_id"), itemIds);
                    });
        }
        return byCell;
    }

    private Map<String, Stored> read(List<String> itemIds) {
        Map<String, Stored> stored = new HashMap<>();
        items.find(Filters.in("_id", itemIds))
                .forEach(document -> stored.put(document.getString("_id"), stored(document)));
        return stored;
    }

    /**
     * Where the item is counted now: what {@code a} says while nothing is pending; otherwise
     * what the cells that may hold it actually hold.
     */
    private Map<String, Integer> actual(String itemId, Stored before, @Nullable Placement target) {
        if (before.pending().isEmpty()) {
            return before.applied() == null ? Map.of() : Map.of(before.applied(), before.flag());
        }
        Set<String> maybe = new LinkedHashSet<>(before.pending());
        if (before.applied() != null) {
            maybe.add(before.applied());
        }
        if (target != null) {
            maybe.add(target.cell());
        }
        Map<String, Integer> actual = new HashMap<>();
        cells.find(Filters.in("_id", List.copyOf(maybe)))
                .projection(Projections.include("m." + itemId))
                .forEach(document -> {
                    Document entries = document.get("m", Document.class);
                    if (entries != null && entries.get(itemId) != null) {
                        actual.put(document.getString("_id"), ((Number) entries.get(itemId)).intValue());
                    }
                });
        return actual;
    }

    /** One update per cell: its entries set or removed and its counters moved by the sum of the changes. */
    private static List<WriteModel<Document>> cellWrites(List<CellChange> changes) {
        Map<String, List<CellChange>> byCell = new LinkedHashMap<>();
        changes.forEach(change ->
                byCell.computeIfAbsent(change.cell(), c -> new ArrayList<>()).add(change));
        List<WriteModel<Document>> writes = new ArrayList<>(byCell.size());
        byCell.forEach((cell, cellChanges) -> {
            List<Bson> updates = new ArrayList<>();
            int itemsDelta = 0;
            int handledDelta = 0;
            int excludedDelta = 0;
            boolean creates = false;
            for (CellChange change : cellChanges) {
                updates.add(
                        change.to() == null
                                ? Updates.unset("m." + change.itemId())
                                : Updates.set("m." + change.itemId(), change.to()));
                itemsDelta += change.itemsDelta();
                handledDelta += change.handledDelta();
                excludedDelta += change.excludedDelta();
                creates |= change.to() != null;
            }
            updates.add(Updates.inc("items", itemsDelta));
            updates.add(Updates.inc("handled", handledDelta));
            updates.add(Updates.inc("excluded", excludedDelta));
            if (creates) {
                String[] parts = cell.split("\\|", -1);
                updates.add(Updates.setOnInsert("month", parts[0]));
                updates.add(Updates.setOnInsert("township", parts[1]));
                updates.add(Updates.setOnInsert("unit", parts[2]));
                updates.add(Updates.setOnInsert("subject", parts[3]));
                updates.add(Updates.setOnInsert("channel", parts[4]));
            }
            writes.add(
                    creates
                            ? new UpdateOneModel<>(byId(cell), Updates.combine(updates), UPSERT)
                            : new UpdateOneModel<>(byId(cell), Updates.combine(updates)));
        });
        return writes;
    }

    private static List<WriteModel<Document>> keyWrites(Map<String, Set<String>> newKeys) {
        List<WriteModel<Document>> writes = new ArrayList<>(newKeys.size());
        newKeys.forEach((id, cellKeys) -> writes.add(
                new UpdateOneModel<>(byId(id), Updates.addEachToSet("cells", List.copyOf(cellKeys)), UPSERT)));
        return writes;
    }

    /**
     * The facts in as few fields as a province-month of documents affords: {@code f} = the submitted
     * cell key, {@code d}/{@code q}/{@code k} = decision, sequence, classified subject when known.
     */
    private static Bson factsOf(ItemState state) {
        List<Bson> updates = new ArrayList<>();
        if (state.month() != null) {
            updates.add(Updates.set(
                    "f",
                    Placement.cellKey(
                            state.month(), state.township(), state.unit(), state.subject(), state.channel())));
        }
        if (state.decision() != null) {
            updates.add(Updates.set("d", state.decision()));
            updates.add(Updates.set("q", state.sequence()));
        }
        updates.add(
                state.classifiedSubject() == null ? Updates.unset("k") : Updates.set("k", state.classifiedSubject()));
        return Updates.combine(updates);
    }

    private static Stored stored(Document document) {
        String facts = document.getString("f");
        String[] parts = facts == null ? new String[5] : facts.split("\\|", -1);
        ItemState state = new ItemState(
                parts[0],
                parts[1],
                parts[2],
                parts[3],
                parts[4],
                document.getString("d"),
                Optional.ofNullable(document.getInteger("q")).orElse(0),
                document.getString("k"));
        List<String> pending = document.getList("pending", String.class);
        return new Stored(
                state,
                document.getString("a"),
                Optional.ofNullable(document.getInteger("flag")).orElse(Placement.OPEN),
                pending == null ? List.of() : pending);
    }

    private static CellCount count(Document document) {
        return new CellCount(
                document.getString("month"),
                document.getString("township"),
                document.getString("unit"),
                document.getString("subject"),
                document.getString("channel"),
                number(document, "items"),
                number(document, "handled"),
                number(document, "excluded"));
    }

    private static long number(Document document, String field) {
        Object value = document.get(field);
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static String monthAndTownship(String cellKey) {
        int second = cellKey.indexOf('|', cellKey.indexOf('|') + 1);
        return cellKey.substring(0, second);
    }

    private static Bson byId(String id) {
        return Filters.eq("_id", id);
    }

    /** An item's document as read at the start of a poll. */
    private record Stored(ItemState state, @Nullable String applied, int flag, List<String> pending) {
        static final Stored NONE = new Stored(ItemState.unknown(), null, Placement.OPEN, List.of());
    }
}
