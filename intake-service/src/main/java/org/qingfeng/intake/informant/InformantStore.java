package org.qingfeng.intake.informant;

import com.mongodb.MongoBulkWriteException;
import com.mongodb.bulk.BulkWriteError;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.WriteModel;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.BinaryOperator;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.bson.Document;
import org.qingfeng.contracts.EventJson;
import org.qingfeng.contracts.intake.InformantRecorded;
import org.springframework.stereotype.Component;

/**
 * The {@code informants} projection: the whole sealed record per informant, {@code _id} = token. A
 * record replaces the stored one only when its version is newer; when the stored one is as new or
 * newer, the conditional upsert collides on {@code _id}, which is the expected "nothing to do".
 */
@Component
class InformantStore {

    private static final int DUPLICATE_KEY = 11000;
    private static final String VERSION = "version";

    private final MongoCollection<Document> informants;

    InformantStore(MongoDatabase database) {
        this.informants = database.getCollection("informants");
    }

    List<InformantRecorded> all() {
        return informants.find().map(InformantStore::record).into(new ArrayList<>());
    }

    void save(Collection<InformantRecorded> records) {
        Map<String, InformantRecorded> newest = records.stream()
                .collect(Collectors.toMap(
                        InformantRecorded::informantToken,
                        Function.identity(),
                        BinaryOperator.maxBy((a, b) -> Long.compare(a.version(), b.version()))));
        List<WriteModel<Document>> writes = newest.values().stream()
                .<WriteModel<Document>>map(r -> new ReplaceOneModel<>(
                        Filters.and(Filters.eq("_id", r.informantToken()), Filters.lt(VERSION, r.version())),
                        document(r),
                        new ReplaceOptions().upsert(true)))
                .toList();
        try {
            informants.bulkWrite(writes, new BulkWriteOptions().ordered(false));
        } catch (MongoBulkWriteException e) {
            if (e.getWriteConcernError() != null || !onlyDuplicates(e.getWriteErrors())) {
                throw e;
            }
        }
    }

    private static Document document(InformantRecorded record) {
        Document document = Document.parse(EventJson.mapper().writeValueAsString(record));
        document.put("_id", record.informantToken());
        return document;
    }

    private static InformantRecorded record(Document document) {
        Document copy = new Document(document);
        copy.remove("_id");
        return EventJson.mapper().readValue(copy.toJson(), InformantRecorded.class);
    }

    private static boolean onlyDuplicates(List<BulkWriteError> errors) {
        return errors.stream().allMatch(error -> error.getCode() == DUPLICATE_KEY);
    }
}
