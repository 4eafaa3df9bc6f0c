package org.qingfeng.disposal.signal;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoCursor;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.function.Predicate;
import org.bson.Document;
import org.qingfeng.contracts.intake.ComplianceState;
import org.qingfeng.contracts.intake.ReportingCycle;
import org.qingfeng.disposal.signal.rules.ReportingSignal;
import org.qingfeng.support.mongo.BulkUpserts;
import org.springframework.stereotype.Component;

/**
 * The {@code reporting_signals} projection: {@code _id} = {@code unitCode|period}, late and missing
 * reports only. A signal replaces the stored one only when its {@code precedence} is higher, by a
 * conditional upsert on {@code _id} and {@code precedence}.
 */
@Component
class ReportingSignalStore {

    private final MongoCollection<Document> signals;

    ReportingSignalStore(MongoDatabase database) {
        this.signals = database.getCollection("reporting_signals");
        this.signals.createIndex(Indexes.descending("closesOn"));
    }

    int save(List<ReportingSignal> changed) {
        List<ReplaceOneModel<Document>> writes = changed.stream()
                .map(signal -> new ReplaceOneModel<>(
                        Filters.and(Filters.eq("_id", signal.id()), Filters.lt("precedence", signal.precedence())),
                        document(signal),
                        new ReplaceOptions().upsert(true)))
                .toList();
        return BulkUpserts.write(signals, writes);
    }

    /**
     * The newest {@code limit} of those {@code visible} lets through: by the day the window closed,
     * then unit and period. The cursor is read only as far as needed to fill the page.
     */
    List<ReportingSignal> newest(int limit, Predicate<ReportingSignal> visible) {
        List<ReportingSignal> page = new ArrayList<>();
        try (MongoCursor<Document> cursor = signals.find()
                .sort(Sorts.orderBy(Sorts.descending("closesOn"), Sorts.ascending("_id")))
                .iterator()) {
            while (page.size() < limit && cursor.hasNext()) {
                ReportingSignal signal = signal(cursor.next());
                if (visible.test(signal)) {
                    page.add(signal);
                }
            }
        }
        return page;
    }

    private static Document document(ReportingSignal signal) {
        return new Document("_id", signal.id())
                .append("unitCode", signal.unitCode())
                .append("cycle", signal.cycle().name())
                .append("period", signal.period())
                .append("closesOn", signal.closesOn().toString())
                .append("state", signal.state().name())
                .append("precedence", signal.precedence())
                .append("filedAt", signal.filedAt() == null ? null : Date.from(signal.filedAt()));
    }

    private static ReportingSignal signal(Document document) {
        Date filedAt = document.getDate("filedAt");
        return new ReportingSignal(
                document.getString("unitCode"),
                ReportingCycle.valueOf(document.getString("cycle")),
                document.getString("period"),
                LocalDate.parse(document.getString("closesOn")),
                ComplianceState.valueOf(document.getString("state")),
                filedAt == null ? null : filedAt.toInstant());
    }
}
