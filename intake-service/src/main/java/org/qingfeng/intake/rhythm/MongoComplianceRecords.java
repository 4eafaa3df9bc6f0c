package org.qingfeng.intake.rhythm;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoBulkWriteException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.BulkWriteOptions;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.WriteModel;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.bson.Document;
import org.qingfeng.contracts.intake.ComplianceState;
import org.qingfeng.contracts.intake.ReportingComplianceChanged;
import org.qingfeng.contracts.intake.ReportingCycle;
import org.qingfeng.intake.rhythm.rules.ComplianceRank;
import org.springframework.stereotype.Component;

/**
 * {@code reporting_compliance} in Mongo, {@code _id} = {@code unitCode|period}. Each write is a
 * conditional upsert: replace the record only if its state is one the incoming fact replaces; when
 * the filter misses because a stronger record stands, the upsert's insert meets the existing
 * {@code _id} and the duplicate-key error is the answer "keep it". No read-then-write, so instances
 * writing at once cannot undo each other.
 */
@Component
class MongoComplianceRecords implements ComplianceRecords {

    static final String COLLECTION = "reporting_compliance";

    private final MongoCollection<Document> records;

    MongoComplianceRecords(MongoDatabase database) {
        this.records = database.getCollection(COLLECTION);
    }

    @Override
    public Map<String, ComplianceRecord> find(Collection<String> keys) {
        Map<String, ComplianceRecord> found = new HashMap<>();
        if (keys.isEmpty()) {
            return found;
        }
        records.find(Filters.in("_id", keys)).forEach(d -> found.put(d.getString("_id"), record(d)));
        return found;
    }

    @Override
    public void apply(List<ReportingComplianceChanged> facts) {
        Map<String, ReportingComplianceChanged> strongest = new LinkedHashMap<>();
        facts.forEach(fact -> strongest.merge(
                fact.key(), fact, (kept, next) -> ComplianceRank.replaces(next.state(), kept.state()) ? next : kept));
        List<WriteModel<Document>> writes = strongest.values().stream()
                .<WriteModel<Document>>map(fact -> new ReplaceOneModel<>(
                        Filters.and(
                                Filters.eq("_id", fact.key()),
                                Filters.in(
                                        "state",
                                        ComplianceRank.replaced(fact.state()).stream()
                                                .map(Enum::name)
                                                .toList())),
                        document(fact),
                        new ReplaceOptions().upsert(true)))
                .toList();
        if (writes.isEmpty()) {
            return;
        }
        try {
            records.bulkWrite(writes, new BulkWriteOptions().ordered(false));
        } catch (MongoBulkWriteException e) {
            boolean onlyKept = e.getWriteErrors().stream()
                    .allMatch(error -> ErrorCategory.fromErrorCode(error.getCode()) == ErrorCategory.DUPLICATE_KEY);
            if (!onlyKept || e.getWriteConcernError() != null) {
                throw e;
            }
        }
    }

    @Override
    public List<ReportingComplianceChanged> filed(Collection<String> keys) {
        if (keys.isEmpty()) {
            return List.of();
        }
        List<ReportingComplianceChanged> filed = new ArrayList<>();
        records.find(Filters.in("_id", keys)).forEach(d -> {
            if (!ComplianceState.MISSING.name().equals(d.getString("state"))) {
                filed.add(fact(d));
            }
        });
        return filed;
    }

    private static ReportingComplianceChanged fact(Document d) {
        Date filedAt = d.getDate("filedAt");
        return new ReportingComplianceChanged(
                UUID.fromString(d.getString("eventId")),
                d.getDate("occurredAt").toInstant(),
                d.getString("unitCode"),
                ReportingCycle.valueOf(d.getString("cycle")),
                d.getString("period"),
                LocalDate.parse(d.getString("opensOn")),
                LocalDate.parse(d.getString("closesOn")),
                ComplianceState.valueOf(d.getString("state")),
                filedAt == null ? null : filedAt.toInstant(),
                d.getBoolean("nil", false),
                d.getInteger("itemCount", 0));
    }

    private static Document document(ReportingComplianceChanged fact) {
        return new Document("_id", fact.key())
                .append("unitCode", fact.unitCode())
                .append("cycle", fact.cycle().name())
                .append("period", fact.period())
                .append("opensOn", fact.opensOn().toString())
                .append("closesOn", fact.closesOn().toString())
                .append("state", fact.state().name())
                .append("filedAt", fact.filedAt() == null ? null : Date.from(fact.filedAt()))
                .append("nil", fact.nil())
                .append("itemCount", fact.itemCount())
                .append("eventId", fact.eventId().toString())
                .append("occurredAt", Date.from(fact.occurredAt()));
    }

    private static ComplianceRecord record(Document d) {
        Date filedAt = d.getDate("filedAt");
        return new ComplianceRecord(
                d.getString("_id"),
                ComplianceState.valueOf(d.getString("state")),
                filedAt == null ? null : filedAt.toInstant(),
                d.getBoolean("nil", false),
                d.getInteger("itemCount", 0));
    }
}
