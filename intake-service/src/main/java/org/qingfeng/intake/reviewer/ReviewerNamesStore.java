package org.qingfeng.intake.reviewer;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;
import org.qingfeng.contracts.intake.ReviewerNamesRegistered;
import org.qingfeng.intake.reviewer.rules.RegisteredNames;
import org.springframework.stereotype.Component;

/**
 * The {@code reviewer_names} projection: {@code _id} the reviewer's subject, their name digests (never
 * the names), how many and when. Replaced by {@code _id}, in the topic's order, so a replay ends on
 * each reviewer's latest list.
 */
@Component
class ReviewerNamesStore {

    private static final String DIGESTS = "nameDigests";
    private static final String COUNT = "count";
    private static final String REGISTERED_AT = "registeredAt";
    private static final ReplaceOptions UPSERT = new ReplaceOptions().upsert(true);

    private final MongoCollection<Document> names;

    ReviewerNamesStore(MongoDatabase database) {
        this.names = database.getCollection("reviewer_names");
    }

    void save(List<ReviewerNamesRegistered> batch) {
        names.bulkWrite(batch.stream()
                .map(r -> new ReplaceOneModel<>(
                        Filters.eq("_id", r.reviewerSubject()),
                        new Document("_id", r.reviewerSubject())
                                .append(DIGESTS, r.nameDigests())
                                .append(COUNT, r.nameDigests().size())
                                .append(REGISTERED_AT, Date.from(r.occurredAt())),
                        UPSERT))
                .toList());
    }

    /** Every reviewer's digests, read in one query. */
    RegisteredNames registered() {
        Map<String, List<String>> digests = new HashMap<>();
        names.find()
                .projection(Projections.include(DIGESTS))
                .forEach(d -> digests.put(d.getString("_id"), d.getList(DIGESTS, String.class, List.of())));
        return RegisteredNames.of(digests);
    }

    Optional<Registration> find(String subject) {
        return Optional.ofNullable(names.find(Filters.eq("_id", subject))
                        .projection(Projections.include(COUNT, REGISTERED_AT))
                        .first())
                .map(d -> new Registration(
                        d.getInteger(COUNT, 0), d.getDate(REGISTERED_AT).toInstant()));
    }

    /** What a reviewer may read back of their registration: how many names, since when. */
    record Registration(int count, Instant registeredAt) {}
}
