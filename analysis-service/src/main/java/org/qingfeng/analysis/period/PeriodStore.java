package org.qingfeng.analysis.period;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.jspecify.annotations.Nullable;
import org.qingfeng.analysis.period.rules.PeriodState;
import org.qingfeng.contracts.analysis.PeriodClosed;
import org.qingfeng.contracts.analysis.PeriodClosed.Figure;
import org.qingfeng.support.mongo.BulkUpserts;
import org.springframework.stereotype.Component;

/**
 * Two projections of {@code analysis.period-closes.v1}, both rebuilt by a replay:
 *
 * <ul>
 *   <li>{@code period_versions}, {@code _id} = {@code station|period|version} (six digits): every
 *       version as published, with its frozen figures; replaced by {@code _id}, so a replay writes
 *       the same document again.
 *   <li>{@code period_states}, {@code _id} = {@code station|period}: the latest version projected
 *       ({@code version}, {@code state}, {@code closedVersion}) and the reservation of the next one
 *       ({@code lastVersion}, {@code lastState}).
 * </ul>
 *
 * <p>The reservation is how two closes sent at once cannot both freeze a version: a command reads the
 * gate, then claims the next number with a compare-and-set on {@code lastVersion} ({@link #claim}), and
 * only the one whose set matched publishes. {@code lastVersion} is also raised with {@code $max} by every
 * version projected, so after a rebuild numbering continues above every published version. The gate's
 * state is the projected state when the projection has caught up with the reservation, otherwise the
 * state the pending reservation claimed ({@code lastState}). A reservation whose publication failed
 * gives its state back ({@link #release}) but keeps its number: versions rise and may skip one, and an
 * event that did reach the broker after all is projected above it and wins.
 *
 * <p>The compare-and-set filters on {@code lastVersion} besides {@code _id}; mongo-java-server scans
 * the collection for such a filter, which is one small document per station and period.
 */
@Component
class PeriodStore {

    private final MongoCollection<Document> states;
    private final MongoCollection<Document> versions;

    PeriodStore(MongoDatabase database) {
        this.states = database.getCollection("period_states");
        this.versions = database.getCollection("period_versions");
    }

    static String key(String stationCode, String period) {
        return stationCode + "|" + period;
    }

    /** Where the period stands for a command: the highest number taken and the state it left. */
    Gate gate(String stationCode, String period) {
        String key = key(stationCode, period);
        states.updateOne(
                Filters.eq("_id", key),
                Updates.combine(
                        Updates.setOnInsert("stationCode", stationCode),
                        Updates.setOnInsert("period", period),
                        Updates.setOnInsert("version", 0),
                        Updates.setOnInsert("state", PeriodState.OPEN.name()),
                        Updates.setOnInsert("closedVersion", 0),
                        Updates.setOnInsert("lastState", PeriodState.OPEN.name()),
                        Updates.max("lastVersion", 0)),
                new UpdateOptions().upsert(true));
        Document document =
                Objects.requireNonNull(states.find(Filters.eq("_id", key)).first());
        int version = number(document, "version");
        int last = number(document, "lastVersion");
        String state = version >= last ? document.getString("state") : document.getString("lastState");
        return new Gate(last, PeriodState.valueOf(state));
    }

    /** Takes {@code gate.lastVersion() + 1} for a version of {@code state}; false when another command took it first. */
    boolean claim(String stationCode, String period, Gate gate, PeriodState state) {
        return states.findOneAndUpdate(
                        Filters.and(
                                Filters.eq("_id", key(stationCode, period)),
                                Filters.eq("lastVersion", gate.lastVersion())),
                        Updates.combine(
                                Updates.set("lastVersion", gate.lastVersion() + 1),
                                Updates.set("lastState", state.name())))
                != null;
    }

    /** Gives back the state of a reservation whose event the broker did not acknowledge; its number stays used. */
    void release(String stationCode, String period, int version, PeriodState previous) {
        states.updateOne(
                Filters.and(Filters.eq("_id", key(stationCode, period)), Filters.eq("lastVersion", version)),
                Updates.set("lastState", previous.name()));
    }

    /** Projects a poll of closes and reopenings; returns how many documents were inserted or changed. */
    int record(List<PeriodClosed> events) {
        List<WriteModel<Document>> versionWrites = new ArrayList<>();
        List<WriteModel<Document>> stateWrites = new ArrayList<>();
        for (PeriodClosed event : events) {
            versionWrites.add(new ReplaceOneModel<>(
                    Filters.eq("_id", versionId(event.stationCode(), event.period(), event.version())),
                    versionDocument(event),
                    new ReplaceOptions().upsert(true)));
            List<Bson> updates = new ArrayList<>(List.of(
                    Updates.set("stationCode", event.stationCode()),
                    Updates.set("period", event.period()),
                    Updates.set("version", event.version()),
                    Updates.set("state", event.state().name()),
                    Updates.set("at", Date.from(event.occurredAt())),
                    Updates.setOnInsert("lastState", event.state().name()),
                    Updates.max("lastVersion", event.version())));
            updates.add(
                    event.state() == PeriodClosed.State.CLOSED
                            ? Updates.max("closedVersion", event.version())
                            : Updates.max("closedVersion", 0));
            stateWrites.add(new UpdateOneModel<>(
                    Filters.and(
                            Filters.eq("_id", key(event.stationCode(), event.period())),
                            Filters.lt("version", event.version())),
                    Updates.combine(updates),
                    new UpdateOptions().upsert(true)));
        }
        return BulkUpserts.write(versions, versionWrites) + BulkUpserts.write(states, stateWrites);
    }

    /** The period's latest projected version, if it was ever closed. */
    Optional<Summary> summary(String stationCode, String period) {
        return Optional.ofNullable(
                        states.find(Filters.eq("_id", key(stationCode, period))).first())
                .map(PeriodStore::summary);
    }

    /** The station's periods of {@code year} that have a document, months before quarters. */
    List<Summary> ofYear(String stationCode, int year) {
        String prefix = stationCode + "|" + year + "-";
        List<Summary> found = new ArrayList<>();
        states.find(Filters.and(Filters.gte("_id", prefix), Filters.lt("_id", prefix + "\uffff")))
                .forEach(document -> found.add(summary(document)));
        return found;
    }

    /** Every published version of the period, oldest first. */
    List<PeriodClosed> versions(String stationCode, String period) {
        String prefix = key(stationCode, period) + "|";
        List<PeriodClosed> found = new ArrayList<>();
        versions.find(Filters.and(Filters.gte("_id", prefix), Filters.lt("_id", prefix + "\uffff")))
                .sort(new Document("_id", 1))
                .forEach(document -> found.add(event(document)));
        return found;
    }

    private static String versionId(String stationCode, String period, int version) {
        return key(stationCode, period) + "|" + "%06d".formatted(version);
    }

    private static Document versionDocument(PeriodClosed event) {
        return new Document("_id", versionId(event.stationCode(), event.period(), event.version()))
                .append("eventId", event.eventId().toString())
                .append("stationCode", event.stationCode())
                .append("period", event.period())
                .append("version", event.version())
                .append("state", event.state().name())
                .append("at", Date.from(event.occurredAt()))
                .append("actor", event.actor())
                .append("digest", event.digest())
                .append("reason", event.reason())
                .append(
                        "figures",
                        event.figures().stream()
                                .map(figure -> new Document("table", figure.table())
                                        .append("key", figure.key())
                                        .append("value", figure.value()))
                                .toList());
    }

    private static PeriodClosed event(Document document) {
        List<Figure> figures = document.getList("figures", Document.class, List.of()).stream()
                .map(figure -> new Figure(
                        figure.getString("table"),
                        figure.getString("key"),
                        figure.get("value", Number.class).doubleValue()))
                .toList();
        return new PeriodClosed(
                UUID.fromString(document.getString("eventId")),
                document.getDate("at").toInstant(),
                document.getString("stationCode"),
                document.getString("period"),
                number(document, "version"),
                PeriodClosed.State.valueOf(document.getString("state")),
                figures,
                document.getString("digest"),
                document.getString("reason"),
                document.getString("actor"));
    }

    private static Summary summary(Document document) {
        Date at = document.getDate("at");
        return new Summary(
                document.getString("period"),
                PeriodState.valueOf(document.getString("state")),
                number(document, "version"),
                number(document, "closedVersion"),
                at == null ? null : at.toInstant());
    }

    private static int number(Document document, String field) {
        Number number = document.get(field, Number.class);
        return number == null ? 0 : number.intValue();
    }

    /**
     * For a command: the highest version number taken (published or reserved) and the state it leaves.
     */
    record Gate(int lastVersion, PeriodState state) {}

    /** The latest projected version of a period; version 0 and OPEN when it was never closed. */
    record Summary(
            String period,
            PeriodState state,
            int version,
            int closedVersion,
            @Nullable Instant at) {}
}
