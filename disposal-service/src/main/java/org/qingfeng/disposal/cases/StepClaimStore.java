package org.qingfeng.disposal.cases;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.bson.Document;
import org.springframework.stereotype.Component;

/**
 * Who may publish a case's step {@code n}: {@code case_step_claims} ({@code _id} = {@code caseId#n},
 * {@code claimant}, {@code atMillis}). Two steps built from the same projected case (a department's reply
 * and the clock's escalation at the deadline, two staff at once) would both be acknowledged and the
 * projection would apply only the first: the other caller would believe in a step that never took
 * effect. Claiming the sequence first lets exactly one of them publish; the other is told at once.
 *
 * <p>The same claimant may claim again (a redelivered opening, a second sweeper building the same
 * escalation). A claim whose publication failed is taken over once {@code lease} has passed, so a case
 * is never stuck behind a crashed publisher. Not a projection of the topic: it only arbitrates publishing.
 */
@Component
class StepClaimStore {

    private final MongoCollection<Document> claims;

    StepClaimStore(MongoDatabase database) {
        this.claims = database.getCollection("case_step_claims");
    }

    /** Whether {@code claimant} holds step {@code sequence} of the case now. */
    boolean claim(UUID caseId, long sequence, String claimant, Instant now, Duration lease) {
        String id = caseId + "#" + sequence;
        try {
            claims.insertOne(
                    new Document("_id", id).append("claimant", claimant).append("atMillis", now.toEpochMilli()));
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() != ErrorCategory.DUPLICATE_KEY) {
                throw e;
            }
        }
        Document held = claims.find(Filters.eq("_id", id)).first();
        if (held == null) {
            return false;
        }
        String holder = held.getString("claimant");
        if (claimant.equals(holder)) {
            return true;
        }
        long at = held.get("atMillis", Number.class).longValue();
        if (at + lease.toMillis() > now.toEpochMilli()) {
            return false;
        }
        return claims.updateOne(
                                Filters.and(
                                        Filters.eq("_id", id),
                                        Filters.eq("claimant", holder),
                                        Filters.eq("atMillis", at)),
                                Updates.combine(
                                        Updates.set("claimant", claimant), Updates.set("atMillis", now.toEpochMilli())))
                        .getModifiedCount()
                == 1;
    }
}
