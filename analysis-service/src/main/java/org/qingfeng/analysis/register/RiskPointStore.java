package org.qingfeng.analysis.register;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.qingfeng.analysis.register.rules.PointIds;
import org.qingfeng.analysis.register.rules.RiskPoint;
import org.qingfeng.contracts.analysis.RiskLevel;
import org.qingfeng.contracts.analysis.RiskPointRecorded;
import org.qingfeng.contracts.intake.RiskCategory;
import org.qingfeng.support.mongo.BulkUpserts;
import org.qingfeng.support.mongo.NewerOnly;
import org.springframework.stereotype.Component;

/**
 * The register's projections of {@code analysis.risk-points.v1}:
 *
 * <ul>
 *   <li>{@code risk_points}, {@code _id} = point id: the point as its highest version says, replaced
 *       only by a higher version ({@link NewerOnly}), so a stale or replayed record changes nothing;
 *   <li>{@code risk_point_versions}, {@code _id} = point id: {@code last}, the highest version handed
 *       out ({@code $inc}, one atomic update, so edits sent at once get different versions) or seen
 *       ({@code $max}); and {@code firstRecordedAt}, the earliest record seen ({@code $min});
 *   <li>{@code risk_point_numbers}, {@code _id} = unit code: {@code last}, the highest {@code nn} of
 *       the unit's {@code <unit>-P<nn>} ids handed out or seen.
 * </ul>
 */
@Component
class RiskPointStore {

    private static final FindOneAndUpdateOptions RESERVE =
            new FindOneAndUpdateOptions().upsert(true).returnDocument(ReturnDocument.AFTER);

    private final MongoCollection<Document> points;
    private final MongoCollection<Document> versions;
    private final MongoCollection<Document> numbers;

    RiskPointStore(MongoDatabase database) {
        this.points = database.getCollection("risk_points");
        this.versions = database.getCollection("risk_point_versions");
        this.numbers = database.getCollection("risk_point_numbers");
    }

    /** A point as it was first recorded and now stands. */
    record Stored(RiskPoint point, long version, LocalDate firstRecordedOn) {}

    Optional<RiskPoint> find(String riskPointId) {
        Document document = points.find(Filters.eq("_id", riskPointId)).first();
        return Optional.ofNullable(document).map(RiskPointStore::point);
    }

    /** Every point, retired ones too, with the day each was first recorded in {@code zone}. */
    List<Stored> all(ZoneId zone) {
        Map<String, Instant> first = new HashMap<>();
        versions.find().forEach(document -> {
            Date at = document.getDate("firstRecordedAt");
            if (at != null) {
                first.put(document.getString("_id"), at.toInstant());
            }
        });
        List<Stored> all = new ArrayList<>();
        points.find().forEach(document -> {
            Instant recorded = first.getOrDefault(
                    document.getString("_id"), document.getDate("recordedAt").toInstant());
            all.add(new Stored(
                    point(document),
                    document.get("version", Number.class).longValue(),
                    recorded.atZone(zone).toLocalDate()));
        });
        return all;
    }

    long reserveVersion(String riskPointId) {
        Document after = versions.findOneAndUpdate(Filters.eq("_id", riskPointId), Updates.inc("last", 1L), RESERVE);
        return after.get("last", Number.class).longValue();
    }

    int reserveNumber(String unitCode) {
        Document after = numbers.findOneAndUpdate(Filters.eq("_id", unitCode), Updates.inc("last", 1), RESERVE);
        return after.get("last", Number.class).intValue();
    }

    /** Projects records: the points by version, then the counters raised above everything seen. */
    int record(List<RiskPointRecorded> recorded) {
        int written = NewerOnly.replace(
                points, recorded.stream().map(RiskPointStore::document).toList(), "version");
        BulkUpserts.write(
                versions,
                recorded.stream()
                        .map(r -> new UpdateOneModel<Document>(
                                Filters.eq("_id", r.riskPointId()),
                                Updates.combine(
                                        Updates.max("last", r.version()),
                                        Updates.min("firstRecordedAt", Date.from(r.occurredAt()))),
                                new UpdateOptions().upsert(true)))
                        .toList());
        BulkUpserts.write(
                numbers,
                recorded.stream()
                        .flatMap(r -> PointIds.numberOf(r.unitCode(), r.riskPointId()).stream()
                                .mapToObj(n -> new UpdateOneModel<Document>(
                                        Filters.eq("_id", r.unitCode()),
                                        Updates.max("last", n),
                                        new UpdateOptions().upsert(true))))
                        .toList());
        return written;
    }

    private static Document document(RiskPointRecorded r) {
        return new Document("_id", r.riskPointId())
                .append("version", r.version())
                .append("recordedAt", Date.from(r.occurredAt()))
                .append("unitCode", r.unitCode())
                .append("post", r.post())
                .append("description", r.description())
                .append("category", r.category().name())
                .append("level", r.level().name())
                .append("measures", r.measures())
                .append("leaderLevel", r.leaderLevel())
                .append("responsibleLeader", r.responsibleLeader())
                .append("holderSince", text(r.holderSince()))
                .append("lastSelfCheckOn", text(r.lastSelfCheckOn()))
                .append("keywords", r.keywords())
                .append("active", r.active());
    }

    private static RiskPoint point(Document d) {
        return new RiskPoint(
                d.getString("_id"),
                d.getString("unitCode"),
                d.getString("post"),
                d.getString("description"),
                RiskCategory.valueOf(d.getString("category")),
                RiskLevel.valueOf(d.getString("level")),
                d.getString("measures"),
                d.getString("leaderLevel"),
                d.getString("responsibleLeader"),
                date(d.getString("holderSince")),
                date(d.getString("lastSelfCheckOn")),
                d.getList("keywords", String.class, List.of()),
                d.getBoolean("active", true));
    }

    private static @Nullable String text(@Nullable LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static @Nullable LocalDate date(@Nullable String text) {
        return text == null ? null : LocalDate.parse(text);
    }
}
