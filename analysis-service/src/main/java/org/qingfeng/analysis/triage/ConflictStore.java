package org.qingfeng.analysis.triage;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bson.Document;
import org.qingfeng.analysis.triage.rules.ExclusionKind;
import org.qingfeng.analysis.triage.rules.Exclusions;
import org.qingfeng.contracts.analysis.ReviewerConflictDeclared;
import org.qingfeng.contracts.intake.ReviewerNamed;
import org.qingfeng.support.mongo.BulkUpserts;
import org.springframework.stereotype.Component;

/**
 * The {@code reviewer_conflicts} projection, {@code _id} = the tie's key {@code subject|KIND|target}:
 * reviewers' declarations from {@code analysis.reviewer-conflicts.v1} (replaced whole: the topic is
 * compacted and keyed by the same id, so one conflict's facts arrive in order) and intake's findings
 * from {@code intake.reviewer-named.v1} as kind {@code NAMED}, target the item id.
 *
 * <p>The board looks ties up by {@code _id $in} the keys its items imply (the only index
 * mongo-java-server uses); listing one reviewer's declarations scans the collection, which holds a
 * few ties per reviewer.
 */
@Component
class ConflictStore {

    private static final int IN_BATCH = 500;

    private final MongoCollection<Document> conflicts;

    ConflictStore(MongoDatabase database) {
        this.conflicts = database.getCollection("reviewer_conflicts");
    }

    int saveDeclared(List<ReviewerConflictDeclared> declared) {
        // An unordered bulk write may apply two writes of one id in any order: keep each id's last fact.
        Map<String, ReviewerConflictDeclared> latest = new LinkedHashMap<>();
        declared.forEach(fact -> latest.put(fact.conflictId(), fact));
        return BulkUpserts.write(
                conflicts,
                latest.values().stream()
                        .map(fact -> replace(new Conflict(
                                fact.conflictId(),
                                fact.reviewerSubject(),
                                ExclusionKind.valueOf(fact.kind().name()),
                                fact.target(),
                                fact.reason(),
                                fact.occurredAt(),
                                fact.withdrawn())))
                        .toList());
    }

    int saveNamed(List<ReviewerNamed> named) {
        return BulkUpserts.write(
                conflicts,
                named.stream()
                        .map(fact -> replace(new Conflict(
                                Exclusions.key(
                                        fact.reviewerSubject(),
                                        ExclusionKind.NAMED,
                                        fact.itemId().toString()),
                                fact.reviewerSubject(),
                                ExclusionKind.NAMED,
                                fact.itemId().toString(),
                                null,
                                fact.occurredAt(),
                                false)))
                        .toList());
    }

    /** Which of {@code keys} are standing ties (declared and not withdrawn, or named). */
    Set<String> standing(Collection<String> keys) {
        List<String> all = List.copyOf(keys);
        Set<String> standing = new HashSet<>();
        for (int from = 0; from < all.size(); from += IN_BATCH) {
            conflicts
                    .find(Filters.in("_id", all.subList(from, Math.min(all.size(), from + IN_BATCH))))
                    .forEach(tie -> {
                        if (!tie.getBoolean("withdrawn", false)) {
                            standing.add(tie.getString("_id"));
                        }
                    });
        }
        return standing;
    }

    Optional<Conflict> find(String conflictId) {
        return Optional.ofNullable(conflicts.find(Filters.eq("_id", conflictId)).first())
                .map(ConflictStore::conflict);
    }

    /** The reviewer's own standing declarations (not intake's findings), oldest first. */
    List<Conflict> declaredBy(String subject) {
        List<Conflict> declared = new ArrayList<>();
        conflicts.find(Filters.eq("reviewerSubject", subject)).forEach(tie -> {
            Conflict conflict = conflict(tie);
            if (!conflict.withdrawn() && conflict.kind() != ExclusionKind.NAMED) {
                declared.add(conflict);
            }
        });
        declared.sort(Comparator.comparing(Conflict::declaredAt).thenComparing(Conflict::conflictId));
        return declared;
    }

    private static ReplaceOneModel<Document> replace(Conflict conflict) {
        Document document = new Document("_id", conflict.conflictId())
                .append("reviewerSubject", conflict.reviewerSubject())
                .append("kind", conflict.kind().name())
                .append("target", conflict.target())
                .append("reason", conflict.reason())
                .append("declaredAt", Date.from(conflict.declaredAt()))
                .append("withdrawn", conflict.withdrawn());
        return new ReplaceOneModel<>(
                Filters.eq("_id", conflict.conflictId()), document, new ReplaceOptions().upsert(true));
    }

    private static Conflict conflict(Document tie) {
        return new Conflict(
                tie.getString("_id"),
                tie.getString("reviewerSubject"),
                ExclusionKind.valueOf(tie.getString("kind")),
                tie.getString("target"),
                tie.getString("reason"),
                tie.getDate("declaredAt").toInstant(),
                tie.getBoolean("withdrawn", false));
    }
}
