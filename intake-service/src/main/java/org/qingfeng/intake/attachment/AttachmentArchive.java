package org.qingfeng.intake.attachment;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.WriteModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.bson.Document;
import org.qingfeng.contracts.intake.AttachmentChunk;
import org.qingfeng.contracts.intake.SealedBox;
import org.qingfeng.contracts.intake.SubmissionReceived;
import org.qingfeng.contracts.intake.SubmissionReceived.AttachmentRef;
import org.qingfeng.support.mongo.BulkUpserts;
import org.springframework.stereotype.Component;

/**
 * Two projections of the attachment topics, both rebuilt by a replay: {@code attachment_chunks}
 * ({@code _id} = {@code <attachmentId>:<index>}, each chunk still sealed) and {@code
 * item_attachments} ({@code _id} = item id: its region and its files' references, names sealed).
 * Every write replaces by {@code _id}.
 */
@Component
class AttachmentArchive {

    private static final ReplaceOptions UPSERT = new ReplaceOptions().upsert(true);

    private final MongoCollection<Document> chunks;
    private final MongoCollection<Document> items;

    AttachmentArchive(MongoDatabase database) {
        this.chunks = database.getCollection("attachment_chunks");
        this.items = database.getCollection("item_attachments");
    }

    void putChunks(List<AttachmentChunk> batch) {
        BulkUpserts.write(
                chunks,
                batch.stream()
                        .<WriteModel<Document>>map(c -> replace(chunkDocument(c)))
                        .toList());
    }

    /** Every item, those without files too: an unknown item and one without files answer differently. */
    void putItems(List<SubmissionReceived> batch) {
        BulkUpserts.write(
                items,
                batch.stream()
                        .<WriteModel<Document>>map(s -> replace(itemDocument(s)))
                        .toList());
    }

    Optional<ItemFiles> item(UUID itemId) {
        return Optional.ofNullable(
                        items.find(Filters.eq("_id", itemId.toString())).first())
                .map(AttachmentArchive::itemFiles);
    }

    /** The sealed chunks in order, or empty when any of them is not projected yet. */
    Optional<List<SealedBox>> chunks(UUID attachmentId, int count) {
        List<String> ids = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            ids.add(AttachmentSeals.chunkKey(attachmentId, i));
        }
        Map<String, SealedBox> found = new HashMap<>();
        chunks.find(Filters.in("_id", ids))
                .forEach(d -> found.put(d.getString("_id"), box(d.get("data", Document.class))));
        if (found.size() != count) {
            return Optional.empty();
        }
        return Optional.of(ids.stream().map(found::get).toList());
    }

    /** An item's place in the network and its files. */
    record ItemFiles(UUID itemId, String regionCode, List<AttachmentRef> attachments) {}

    private static ReplaceOneModel<Document> replace(Document document) {
        return new ReplaceOneModel<>(Filters.eq("_id", document.get("_id")), document, UPSERT);
    }

    private static Document chunkDocument(AttachmentChunk c) {
        return new Document("_id", AttachmentSeals.chunkKey(c.attachmentId(), c.index()))
                .append("attachmentId", c.attachmentId().toString())
                .append("itemId", c.itemId().toString())
                .append("index", c.index())
                .append("count", c.count())
                .append("data", document(c.data()));
    }

    private static Document itemDocument(SubmissionReceived s) {
        return new Document("_id", s.itemId().toString())
                .append("regionCode", s.item().regionCode())
                .append(
                        "attachments",
                        s.attachments().stream()
                                .map(a -> new Document(
                                                "attachmentId", a.attachmentId().toString())
                                        .append("mediaType", a.mediaType())
                                        .append("size", a.size())
                                        .append("sha256", a.sha256())
                                        .append("name", document(a.name()))
                                        .append("chunks", a.chunks()))
                                .toList());
    }

    private static ItemFiles itemFiles(Document d) {
        List<AttachmentRef> refs = d.getList("attachments", Document.class).stream()
                .map(a -> new AttachmentRef(
                        UUID.fromString(a.getString("attachmentId")),
                        a.getString("mediaType"),
                        ((Number) a.get("size")).longValue(),
                        a.getString("sha256"),
                        box(a.get("name", Document.class)),
                        a.getInteger("chunks")))
                .toList();
        return new ItemFiles(UUID.fromString(d.getString("_id")), d.getString("regionCode"), refs);
    }

    private static Document document(SealedBox box) {
        return new Document("keyId", box.keyId())
                .append("wrappedKey", box.wrappedKey())
                .append("nonce", box.nonce())
                .append("ciphertext", box.ciphertext());
    }

    private static SealedBox box(Document d) {
        return new SealedBox(
                d.getString("keyId"), d.getString("wrappedKey"), d.getString("nonce"), d.getString("ciphertext"));
    }
}
