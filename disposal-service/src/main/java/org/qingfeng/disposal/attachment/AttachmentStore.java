package org.qingfeng.disposal.attachment;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.WriteModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.bson.Document;
import org.bson.types.Binary;
import org.qingfeng.contracts.disposal.CaseAttachmentChunk;
import org.qingfeng.support.mongo.BulkUpserts;
import org.springframework.stereotype.Component;

/**
 * Two projections of {@code disposal.case-attachments.v1}, both rebuilt by a replay: {@code
 * case_attachments} ({@code _id} = {@code attachmentId|index}, the chunk's bytes) and {@code case_files}
 * ({@code _id} = attachment id: case id, file name, content type, size, sha256, number of chunks; every
 * chunk carries these, so whichever arrives first writes the same document). Every write replaces by
 * {@code _id}.
 */
@Component
class AttachmentStore {

    private static final ReplaceOptions UPSERT = new ReplaceOptions().upsert(true);

    private final MongoCollection<Document> chunks;
    private final MongoCollection<Document> files;

    AttachmentStore(MongoDatabase database) {
        this.chunks = database.getCollection("case_attachments");
        this.files = database.getCollection("case_files");
    }

    /** @return how many documents were inserted or changed */
    int put(List<CaseAttachmentChunk> batch) {
        Map<UUID, CaseAttachmentChunk> firstOfEachFile = new LinkedHashMap<>();
        batch.forEach(chunk -> firstOfEachFile.putIfAbsent(chunk.attachmentId(), chunk));
        int changed = BulkUpserts.write(
                chunks,
                batch.stream()
                        .<WriteModel<Document>>map(c -> replace(chunkDocument(c)))
                        .toList());
        return changed
                + BulkUpserts.write(
                        files,
                        firstOfEachFile.values().stream()
                                .<WriteModel<Document>>map(c -> replace(fileDocument(c)))
                                .toList());
    }

    Optional<StoredFile> file(UUID attachmentId) {
        return Optional.ofNullable(
                        files.find(Filters.eq("_id", attachmentId.toString())).first())
                .map(AttachmentStore::storedFile);
    }

    /** The files of a case, by attachment id; a case has a handful, read by a scan. */
    List<StoredFile> filesOf(UUID caseId) {
        List<StoredFile> found = new ArrayList<>();
        files.find(Filters.eq("caseId", caseId.toString())).forEach(d -> found.add(storedFile(d)));
        return found;
    }

    /** The file's chunks in order, or empty when any of them is not projected yet. */
    Optional<List<byte[]>> chunks(StoredFile file) {
        List<String> ids = new ArrayList<>(file.chunks());
        for (int i = 0; i < file.chunks(); i++) {
            ids.add(key(file.attachmentId(), i));
        }
        Map<String, byte[]> found = new HashMap<>();
        chunks.find(Filters.in("_id", ids))
                .forEach(d -> found.put(
                        d.getString("_id"), d.get("data", Binary.class).getData()));
        if (found.size() != file.chunks()) {
            return Optional.empty();
        }
        return Optional.of(ids.stream().map(found::get).toList());
    }

    /** A file as {@code case_files} holds it. */
    record StoredFile(
            UUID attachmentId,
            UUID caseId,
            String fileName,
            String contentType,
            long size,
            String sha256,
            int chunks) {}

    static String key(UUID attachmentId, int index) {
        return attachmentId + "|" + index;
    }

    private static ReplaceOneModel<Document> replace(Document document) {
        return new ReplaceOneModel<>(Filters.eq("_id", document.get("_id")), document, UPSERT);
    }

    private static Document chunkDocument(CaseAttachmentChunk c) {
        return new Document("_id", key(c.attachmentId(), c.index()))
                .append("attachmentId", c.attachmentId().toString())
                .append("caseId", c.caseId().toString())
                .append("index", c.index())
                .append("count", c.count())
                .append("data", new Binary(c.data()));
    }

    private static Document fileDocument(CaseAttachmentChunk c) {
        return new Document("_id", c.attachmentId().toString())
                .append("caseId", c.caseId().toString())
                .append("fileName", c.fileName())
                .append("contentType", c.contentType())
                .append("size", c.size())
                .append("sha256", c.sha256())
                .append("chunks", c.count());
    }

    private static StoredFile storedFile(Document d) {
        return new StoredFile(
                UUID.fromString(d.getString("_id")),
                UUID.fromString(d.getString("caseId")),
                d.getString("fileName"),
                d.getString("contentType"),
                ((Number) d.get("size")).longValue(),
                d.getString("sha256"),
                ((Number) d.get("chunks")).intValue());
    }
}
