package org.qingfeng.analysis.compliance;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bson.Document;
import org.qingfeng.analysis.compliance.rules.ComplianceFlag;
import org.qingfeng.analysis.compliance.rules.DateRange;
import org.qingfeng.contracts.intake.ComplianceState;
import org.qingfeng.contracts.intake.ReportingCycle;
import org.qingfeng.support.mongo.BulkUpserts;
import org.springframework.stereotype.Component;

/**
 * The {@code reporting_compliance} projection: {@code _id} = {@code unitCode|period}. A flag replaces
 * the stored one only when its state ranks higher ({@code Precedence}), by a conditional upsert on
 * {@code _id} and {@code precedence}. Read by the days windows close on, a scan of a collection that
 * grows by one document per unit and period.
 */
@Component
class ComplianceStore {

    private final MongoCollection<Document> flags;

    ComplianceStore(MongoDatabase database) {
        this.flags = database.getCollection("reporting_compliance");
    }

    int save(List<ComplianceFlag> changed) {
        List<ReplaceOneModel<Document>> writes = changed.stream()
                .map(flag -> new ReplaceOneModel<>(
                        Filters.and(Filters.eq("_id", flag.id()), Filters.lt("precedence", flag.precedence())),
                        document(flag),
                        new ReplaceOptions().upsert(true)))
                .toList();
        return BulkUpserts.write(flags, writes);
    }

    /** The flags of windows closing in the range, by closing day, then unit and period. */
    List<ComplianceFlag> closingIn(DateRange range) {
        return flags.find(Filters.and(
                        Filters.gte("closesOn", range.from().toString()),
                        Filters.lte("closesOn", range.to().toString())))
                .sort(Sorts.ascending("closesOn", "_id"))
                .map(ComplianceStore::flag)
                .into(new ArrayList<>());
    }

    private static Document document(ComplianceFlag flag) {
        return new Document("_id", flag.id())
                .append("unitCode", flag.unitCode())
                .append("cycle", flag.cycle().name())
                .append("period", flag.period())
                .append("opensOn", flag.opensOn().toString())
                .append("closesOn", flag.closesOn().toString())
                .append("state", flag.state().name())
                .append("precedence", flag.precedence())
                .append("filedAt", flag.filedAt() == null ? null : Date.from(flag.filedAt()))
                .append("nil", flag.nil())
                .append("itemCount", flag.itemCount());
    }

    private static ComplianceFlag flag(Document document) {
        Date filedAt = document.getDate("filedAt");
        return new ComplianceFlag(
                document.getString("unitCode"),
                ReportingCycle.valueOf(document.getString("cycle")),
                document.getString("period"),
                LocalDate.parse(document.getString("opensOn")),
                LocalDate.parse(document.getString("closesOn")),
                ComplianceState.valueOf(document.getString("state")),
                filedAt == null ? null : filedAt.toInstant(),
                document.getBoolean("nil", false),
                document.getInteger("itemCount", 0));
    }
}
