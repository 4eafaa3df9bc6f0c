package org.qingfeng.disposal.warning;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import java.util.Date;
import java.util.UUID;
import org.bson.Document;
import org.qingfeng.contracts.disposal.WarningColour;

/** A warning as a {@code warnings} document, and back. */
final class WarningDocuments {

    private static final UpdateOptions UPSERT = new UpdateOptions().upsert(true);

    private WarningDocuments() {}

    static UpdateOneModel<Document> insertOnce(Warning warning) {
        Document fields = new Document("itemId", warning.itemId().toString())
                .append("unitCode", warning.unitCode())
                .append("townshipCode", warning.townshipCode())
                .append("colour", warning.colour().name())
                .append("measure", warning.measure())
                .append("policyVersion", warning.policyVersion())
                .append("reason", warning.reason())
                .append("issuedAt", Date.from(warning.issuedAt()));
        return new UpdateOneModel<>(
                Filters.eq("_id", warning.warningId().toString()), new Document("$setOnInsert", fields), UPSERT);
    }

    static Warning toWarning(Document document) {
        return new Warning(
                UUID.fromString(document.getString("_id")),
                UUID.fromString(document.getString("itemId")),
                document.getString("unitCode"),
                document.getString("townshipCode"),
                WarningColour.valueOf(document.getString("colour")),
                document.getString("measure"),
                document.getString("policyVersion"),
                document.getString("reason"),
                document.getDate("issuedAt").toInstant());
    }
}
