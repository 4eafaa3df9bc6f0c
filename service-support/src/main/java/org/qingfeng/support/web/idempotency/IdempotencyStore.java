package org.qingfeng.support.web.idempotency;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoCommandException;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Projections;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.bson.types.Binary;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The service's own {@code idempotency_keys}: one document per scoped key, read and written by
 * {@code _id} only. A key is claimed by inserting it ({@code IN_PROGRESS}, with the claiming
 * request's owner token); the first answer completes it or, when it may not be kept, deletes it.
 * Expired documents are ignored when read and deleted by {@link #sweep}, because the Mongo wire
 * server used in tests does not honour TTL indexes; a real MongoDB also gets one.
 */
final class IdempotencyStore {

    static final String COLLECTION = "idempotency_keys";

    private static final Logger log = LoggerFactory.getLogger(IdempotencyStore.class);
    private static final String IN_PROGRESS = "IN_PROGRESS";
    private static final String COMPLETED = "COMPLETED";
    private static final int CLAIM_ATTEMPTS = 3;

    private final MongoCollection<Document> keys;
    private final Duration ttl;
    private final Duration lease;
    private volatile boolean indexed;

    IdempotencyStore(MongoDatabase database, Duration ttl, Duration lease) {
        this.keys = database.getCollection(COLLECTION);
        this.ttl = ttl;
        this.lease = lease;
    }

    /** What became of an attempt to claim a key. */
    sealed interface Claim {}

    /** The key is this request's: run it, then {@link #complete} or {@link #release} with the owner token. */
    record Claimed(String owner) implements Claim {}

    /** The key was answered already, with the same request: repeat the answer. */
    record Replay(StoredAnswer answer) implements Claim {}

    /** The key was used for a different request. */
    record Mismatch() implements Claim {}

    /** The first request with the key is still running. */
    record Busy() implements Claim {}

    Claim claim(String id, String fingerprint, Instant now) {
        for (int attempt = 0; attempt < CLAIM_ATTEMPTS; attempt++) {
            String owner = UUID.randomUUID().toString();
            Document claimed = inProgress(id, fingerprint, owner, now);
            Document existing = keys.find(Filters.eq("_id", id)).first();
            if (existing == null) {
                if (inserted(claimed)) {
                    return new Claimed(owner);
                }
                continue;
            }
            if (takenOver(existing, now)) {
                if (keys.replaceOne(
                                        Filters.and(
                                                Filters.eq("_id", id),
                                                Filters.eq("owner", existing.getString("owner"))),
                                        claimed)
                                .getModifiedCount()
                        == 1) {
                    return new Claimed(owner);
                }
                continue;
            }
            if (!fingerprint.equals(existing.getString("fingerprint"))) {
                return new Mismatch();
            }
            return COMPLETED.equals(existing.getString("state")) ? new Replay(answerOf(existing)) : new Busy();
        }
        return new Busy();
    }

    /** Keeps the answer of the request that owns the key; a request that lost its claim changes nothing. */
    void complete(String id, String owner, StoredAnswer answer, Instant now) {
        Document headers = new Document();
        answer.headers().forEach(headers::append);
        keys.updateOne(
                Filters.and(Filters.eq("_id", id), Filters.eq("owner", owner), Filters.eq("state", IN_PROGRESS)),
                new Document(
                        "$set",
                        new Document("state", COMPLETED)
                                .append("status", answer.status())
                                .append("headers", headers)
                                .append("body", new Binary(answer.body()))
                                .append("completedAt", Date.from(now))));
    }

    /** Forgets the key, so that a retry runs the request again. */
    void release(String id, String owner) {
        keys.deleteOne(Filters.and(Filters.eq("_id", id), Filters.eq("owner", owner)));
    }

    /** Deletes at most {@code batch} expired keys; the number deleted. */
    long sweep(Instant now, int batch) {
        Bson expired = Filters.lte("expiresAt", Date.from(now));
        List<Object> ids = new ArrayList<>();
        keys.find(expired).projection(Projections.include("_id")).limit(batch).forEach(d -> ids.add(d.get("_id")));
        if (ids.isEmpty()) {
            return 0;
        }
        return keys.deleteMany(Filters.and(Filters.in("_id", ids), expired)).getDeletedCount();
    }

    /**
     * A TTL index on {@code expiresAt} for a real MongoDB, which then deletes expired keys itself
     * (the sweep remains as the bound where it does not).
     */
    void createTtlIndexOnce() {
        if (indexed) {
            return;
        }
        try {
            keys.createIndex(
                    Indexes.ascending("expiresAt"),
                    new IndexOptions().name("expiresAt_ttl").expireAfter(0L, TimeUnit.SECONDS));
            indexed = true;
        } catch (MongoCommandException e) {
            // The server refused it (the wire server used in tests may); a server that is away is tried again.
            log.info("No TTL index on {}.expiresAt ({}); the sweep deletes expired keys", COLLECTION, e.getCode());
            indexed = true;
        }
    }

    private boolean inserted(Document claimed) {
        try {
            keys.insertOne(claimed);
            return true;
        } catch (MongoWriteException e) {
            if (e.getError().getCategory() == ErrorCategory.DUPLICATE_KEY) {
                return false;
            }
            throw e;
        }
    }

    /** Expired, or claimed by a request whose lease ran out: the key is free again. */
    private static boolean takenOver(Document existing, Instant now) {
        boolean expired = !instant(existing, "expiresAt").isAfter(now);
        boolean abandoned = IN_PROGRESS.equals(existing.getString("state"))
                && !instant(existing, "leaseUntil").isAfter(now);
        return expired || abandoned;
    }

    private Document inProgress(String id, String fingerprint, String owner, Instant now) {
        return new Document("_id", id)
                .append("state", IN_PROGRESS)
                .append("fingerprint", fingerprint)
                .append("owner", owner)
                .append("claimedAt", Date.from(now))
                .append("leaseUntil", Date.from(now.plus(lease)))
                .append("expiresAt", Date.from(now.plus(ttl)));
    }

    private static StoredAnswer answerOf(Document stored) {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        Document kept = stored.get("headers", Document.class);
        if (kept != null) {
            kept.forEach((name, values) -> headers.put(name, strings(values)));
        }
        Binary body = stored.get("body", Binary.class);
        return new StoredAnswer(stored.getInteger("status"), headers, body == null ? new byte[0] : body.getData());
    }

    private static List<String> strings(@Nullable Object values) {
        List<String> strings = new ArrayList<>();
        if (values instanceof List<?> list) {
            list.forEach(value -> strings.add(String.valueOf(value)));
        }
        return strings;
    }

    private static Instant instant(Document document, String field) {
        Date date = document.getDate(field);
        return date == null ? Instant.EPOCH : date.toInstant();
    }
}
