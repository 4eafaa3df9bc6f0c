package org.qingfeng.intake.rhythm;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.WriteModel;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.qingfeng.contracts.intake.ReportingContactsChanged;
import org.qingfeng.contracts.intake.SealedBox;
import org.qingfeng.intake.rhythm.rules.ReportingContact;
import org.qingfeng.intake.sealing.Sealer;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code reporting_contacts}, {@code _id} = unit code: the sealed list as the topic carries it, and
 * its readable count. The list is opened only when a reminder is sent.
 */
@Component
class SealedContactBook implements ContactBook {

    /** The purpose a contact list is sealed for: a box copied elsewhere does not open there. */
    static final String PURPOSE = "reporting-contacts";

    private final MongoCollection<Document> contacts;
    private final Sealer sealer;

    SealedContactBook(MongoDatabase database, Sealer sealer) {
        this.contacts = database.getCollection("reporting_contacts");
        this.sealer = sealer;
    }

    static SealedBox seal(Sealer sealer, List<ReportingContact> contacts) {
        return sealer.seal(PURPOSE, JsonMapper.shared().writeValueAsString(contacts));
    }

    @Override
    public int count(String unitCode) {
        Document d = contacts.find(Filters.eq("_id", unitCode)).first();
        return d == null ? 0 : d.getInteger("count", 0);
    }

    @Override
    public List<ReportingContact> open(String unitCode) {
        Document d = contacts.find(Filters.eq("_id", unitCode)).first();
        if (d == null) {
            return List.of();
        }
        Document box = d.get("contacts", Document.class);
        SealedBox sealed = new SealedBox(
                box.getString("keyId"),
                box.getString("wrappedKey"),
                box.getString("nonce"),
                box.getString("ciphertext"));
        return List.of(JsonMapper.shared().readValue(sealer.open(PURPOSE, sealed), ReportingContact[].class));
    }

    /** The latest list per unit replaces the one before; the topic's order per unit is the order of change. */
    void save(List<ReportingContactsChanged> changes) {
        Map<String, ReportingContactsChanged> latest = new LinkedHashMap<>();
        changes.forEach(change -> latest.put(change.unitCode(), change));
        List<WriteModel<Document>> writes = latest.values().stream()
                .<WriteModel<Document>>map(change -> new ReplaceOneModel<>(
                        Filters.eq("_id", change.unitCode()), document(change), new ReplaceOptions().upsert(true)))
                .toList();
        contacts.bulkWrite(writes);
    }

    private static Document document(ReportingContactsChanged change) {
        SealedBox box = change.contacts();
        return new Document("_id", change.unitCode())
                .append(
                        "contacts",
                        new Document("keyId", box.keyId())
                                .append("wrappedKey", box.wrappedKey())
                                .append("nonce", box.nonce())
                                .append("ciphertext", box.ciphertext()))
                .append("count", change.count())
                .append("changedAt", Date.from(change.occurredAt()))
                .append("eventId", change.eventId().toString());
    }
}
