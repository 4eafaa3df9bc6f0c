package org.qingfeng.analysis.network;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;
import org.qingfeng.analysis.network.rules.RosterEntry;
import org.qingfeng.contracts.intake.InformantStatus;
import org.qingfeng.contracts.intake.InformantType;
import org.qingfeng.support.mongo.NewerOnly;
import org.springframework.stereotype.Component;

/**
 * The {@code informants} projection of the public roster {@code intake.informant-changed.v1}: one
 * document per token, {@code _id} = token, no identity at all. A change replaces the document only
 * if its {@code version} is higher than the stored one ({@link NewerOnly}), so a replay or a stale
 * copy never winds an informant back.
 */
@Component
class InformantStore {

    private final MongoCollection<Document> informants;

    InformantStore(MongoDatabase database) {
        this.informants = database.getCollection("informants");
    }

    int save(List<RosterEntry> changed) {
        return NewerOnly.replace(
                informants, changed.stream().map(InformantStore::document).toList(), "version");
    }

    List<RosterEntry> all() {
        return informants.find().map(InformantStore::entry).into(new ArrayList<>());
    }

    private static Document document(RosterEntry entry) {
        return new Document("_id", entry.informantToken())
                .append("homeNodeCode", entry.homeNodeCode())
                .append("type", entry.type().name())
                .append("status", entry.status().name())
                .append("appointedOn", entry.appointedOn().toString())
                .append("version", entry.version());
    }

    private static RosterEntry entry(Document document) {
        return new RosterEntry(
                document.getString("_id"),
                document.getString("homeNodeCode"),
                InformantType.valueOf(document.getString("type")),
                InformantStatus.valueOf(document.getString("status")),
                LocalDate.parse(document.getString("appointedOn")),
                document.get("version", Number.class).longValue());
    }
}
