package org.qingfeng.audit.chain;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.qingfeng.audit.chain.rules.Anchor;
import org.qingfeng.audit.chain.rules.AuditFields;
import org.qingfeng.audit.chain.rules.ChainLink;
import org.springframework.stereotype.Component;

/**
 * {@code audit_chain}: one document per record, {@code _id} = seq, the record's fields, {@code
 * prevHash} and {@code hash}; a unique index on {@code eventId} so that a redelivered event is
 * found and never chained twice. {@code audit_anchors}: {@code _id} = seq, {@code hash}, {@code at}.
 * Reads go by {@code _id} (the Mongo wire server scans on any other field).
 */
@Component
public class ChainStore {

    private final MongoCollection<Document> chain;
    private final MongoCollection<Document> anchors;

    public ChainStore(MongoDatabase database) {
        this.chain = database.getCollection("audit_chain");
        this.anchors = database.getCollection("audit_anchors");
        chain.createIndex(
                Indexes.ascending("eventId"), new IndexOptions().unique(true).name("eventId_unique"));
    }

    Optional<ChainLink> head() {
        return Optional.ofNullable(
                        chain.find().sort(Sorts.descending("_id")).limit(1).first())
                .map(ChainStore::link);
    }

    /** Which of these event ids are chained already: one {@code $in} on the unique index. */
    Set<String> chained(Collection<String> eventIds) {
        Set<String> found = new HashSet<>();
        chain.find(Filters.in("eventId", eventIds))
                .projection(new Document("eventId", 1))
                .forEach(d -> found.add(d.getString("eventId")));
        return found;
    }

    /** In seq order, in one ordered bulk insert: a crash leaves a prefix, never a hole. */
    void append(List<ChainLink> links) {
        if (!links.isEmpty()) {
            chain.insertMany(links.stream().map(ChainStore::document).toList());
        }
    }

    /** Up to {@code limit} records after {@code seq}, in seq order. */
    List<ChainLink> after(long seq, int limit) {
        List<ChainLink> page = new ArrayList<>(limit);
        chain.find(Filters.gt("_id", seq))
                .sort(Sorts.ascending("_id"))
                .limit(limit)
                .forEach(d -> page.add(link(d)));
        return page;
    }

    /** The whole chain in seq order, as stored. */
    public List<ChainLink> all() {
        List<ChainLink> all = new ArrayList<>();
        chain.find().sort(Sorts.ascending("_id")).forEach(d -> all.add(link(d)));
        return all;
    }

    void saveAnchor(Anchor anchor) {
        anchors.replaceOne(
                Filters.eq("_id", anchor.seq()),
                new Document("_id", anchor.seq()).append("hash", anchor.hash()).append("at", Date.from(anchor.at())),
                new ReplaceOptions().upsert(true));
    }

    Optional<Anchor> lastAnchor() {
        return Optional.ofNullable(
                        anchors.find().sort(Sorts.descending("_id")).limit(1).first())
                .map(ChainStore::anchor);
    }

    public List<Anchor> anchors() {
        List<Anchor> all = new ArrayList<>();
        anchors.find().sort(Sorts.ascending("_id")).forEach(d -> all.add(anchor(d)));
        return all;
    }

    private static Document document(ChainLink link) {
        AuditFields f = link.fields();
        return new Document("_id", link.seq())
                .append("eventId", f.eventId())
                .append("occurredAt", f.occurredAt() == null ? null : Date.from(f.occurredAt()))
                .append("service", f.service())
                .append("actor", f.actor())
                .append("actorRoles", f.actorRoles())
                .append("actorNode", f.actorNode())
                .append("action", f.action())
                .append("targetType", f.targetType())
                .append("targetId", f.targetId())
                .append("scopeNode", f.scopeNode())
                .append("reason", f.reason())
                .append("outcome", f.outcome())
                .append("detail", f.detail())
                .append("prevHash", link.prevHash())
                .append("hash", link.hash());
    }

    /**
     * A stored record as it is, whatever was done to it: a value of the wrong type is read as its
     * text, so that the verifier reports the record instead of failing on it.
     */
    private static ChainLink link(Document d) {
        AuditFields fields = new AuditFields(
                text(d.get("eventId")),
                instant(d.get("occurredAt")),
                text(d.get("service")),
                text(d.get("actor")),
                roles(d.get("actorRoles")),
                text(d.get("actorNode")),
                text(d.get("action")),
                text(d.get("targetType")),
                text(d.get("targetId")),
                text(d.get("scopeNode")),
                text(d.get("reason")),
                text(d.get("outcome")),
                text(d.get("detail")));
        String prevHash = text(d.get("prevHash"));
        String hash = text(d.get("hash"));
        return new ChainLink(
                ((Number) d.get("_id")).longValue(),
                fields,
                prevHash == null ? "" : prevHash,
                hash == null ? "" : hash);
    }

    private static Anchor anchor(Document d) {
        Instant at = instant(d.get("at"));
        String hash = text(d.get("hash"));
        return new Anchor(
                ((Number) d.get("_id")).longValue(), hash == null ? "" : hash, at == null ? Instant.EPOCH : at);
    }

    private static @Nullable String text(@Nullable Object value) {
        return value == null ? null : value.toString();
    }

    private static @Nullable Instant instant(@Nullable Object value) {
        if (value instanceof Date date) {
            return date.toInstant();
        }
        return value == null ? null : Instant.EPOCH;
    }

    private static List<String> roles(@Nullable Object value) {
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        return value == null ? List.of() : List.of(value.toString());
    }
}
