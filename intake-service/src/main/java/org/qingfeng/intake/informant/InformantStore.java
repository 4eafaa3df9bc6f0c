package org.qingfeng.intake.informant;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.bson.Document;
import org.qingfeng.contracts.EventJson;
import org.qingfeng.contracts.intake.InformantRecorded;
import org.qingfeng.support.mongo.NewerOnly;
import org.springframework.stereotype.Component;

/**
 * The {@code informants} projection: the whole sealed record per informant, {@code _id} = token. A
 * record replaces the stored one only when its version is newer ({@link NewerOnly}).
 */
@Component
class InformantStore {

    private static final String VERSION = "version";

    private final MongoCollection<Document> informants;

    InformantStore(MongoDatabase database) {
        this.informants = database.getCollection("informants");
    }

    List<InformantRecorded> all() {
        return informants.find().map(InformantStore::record).into(new ArrayList<>());
    }

    void save(Collection<InformantRecorded> records) {
        NewerOnly.replace(
                informants, records.stream().map(InformantStore::document).toList(), VERSION);
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
}
