package org.qingfeng.disposal.warning;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteResult;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoCursor;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOneModel;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Predicate;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.qingfeng.contracts.disposal.WarningColour;
import org.springframework.stereotype.Repository;

/**
 * The {@code warnings} collection, keyed by warning id. A warning is written once: every field is
 * set on insert only, so a replayed item leaves the first warning, and its issue time, as it was.
 */
@Repository
class Warnings {

    private static final int DUPLICATE_KEY = 11000;
    private static final BulkWriteOptions UNORDERED = new BulkWriteOptions().ordered(false);

    private final MongoCollection<Document> warnings;

    Warnings(MongoDatabase database) {
        this.warnings = database.getCollection("warnings");
        this.warnings.createIndex(Indexes.descending("issuedAt"));
    }

    /** Stores the warnings not stored yet; answers what is stored for all of them, and which are new. */
    Issued issue(List<Warning> candidates) {
        if (candidates.isEmpty()) {
            return new Issued(List.of(), List.of());
        }
        List<UpdateOneModel<Document>> inserts =
                candidates.stream().map(WarningDocuments::insertOnce).toList();
        List<Warning> fresh = write(inserts).getUpserts().stream()
                .map(upsert -> candidates.get(upsert.getIndex()))
                .toList();
        List<String> ids = candidates.stream()
                .map(warning -> warning.warningId().toString())
                .distinct()
                .toList();
        return new Issued(find(Filters.in("_id", ids), ids.size()), fresh);
    }

    Optional<Warning> byId(UUID warningId) {
        return find(Filters.eq("_id", warningId.toString()), 1).stream().findFirst();
    }

    /** The newest {@code limit} of those {@code visible} lets through; the cursor is read only as far as needed. */
    List<Warning> newest(int limit, Predicate<Warning> visible) {
        List<Warning> page = new ArrayList<>();
        try (MongoCursor<Document> cursor = warnings.find()
                .sort(Sorts.orderBy(Sorts.descending("issuedAt"), Sorts.ascending("_id")))
                .iterator()) {
            while (page.size() < limit && cursor.hasNext()) {
                Warning warning = WarningDocuments.toWarning(cursor.next());
                if (visible.test(warning)) {
                    page.add(warning);
                }
            }
        }
        return page;
    }

    /** How many of the warnings {@code visible} lets through have each colour, every colour present. */
    Map<WarningColour, Long> countByColour(Predicate<Warning> visible) {
        Map<WarningColour, Long> byColour = new EnumMap<>(WarningColour.class);
        for (WarningColour colour : WarningColour.values()) {
            byColour.put(colour, 0L);
        }
        warnings.find().forEach(document -> {
            Warning warning = WarningDocuments.toWarning(document);
            if (visible.test(warning)) {
                byColour.merge(warning.colour(), 1L, Long::sum);
            }
        });
        return byColour;
    }

    private List<Warning> find(Bson filter, int limit) {
        List<Warning> found = new ArrayList<>();
        warnings.find(filter)
                .sort(Sorts.orderBy(Sorts.descending("issuedAt"), Sorts.ascending("_id")))
                .limit(limit)
                .forEach(document -> found.add(WarningDocuments.toWarning(document)));
        return found;
    }

    /** A duplicate key means a concurrent writer stored the same warning first: it is issued. */
    private BulkWriteResult write(List<UpdateOneModel<Document>> inserts) {
        try {
            return warnings.bulkWrite(inserts, UNORDERED);
        } catch (MongoBulkWriteException e) {
            if (e.getWriteConcernError() != null
                    || e.getWriteErrors().stream().anyMatch(error -> error.getCode() != DUPLICATE_KEY)) {
                throw e;
            }
            return e.getWriteResult();
        }
    }

    /** What a poll stored: every warning as it now stands, and the ones issued for the first time. */
    record Issued(List<Warning> stored, List<Warning> fresh) {}
}
