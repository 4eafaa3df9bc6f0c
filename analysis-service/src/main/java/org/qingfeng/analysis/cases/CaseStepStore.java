package org.qingfeng.analysis.cases;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.jspecify.annotations.Nullable;
import org.qingfeng.analysis.cases.rules.CaseHistory;
import org.qingfeng.contracts.disposal.CaseStepped;
import org.qingfeng.contracts.disposal.WarningColour;

/**
 * How a feature keeps disposal's cases in a collection of its own ({@code _id} = case id), shared by
 * the features that read {@code disposal.case-steps.v1}, each in its own consumer group and
 * collection. Each step is two conditional upserts:
 *
 * <ul>
 *   <li>{@code steps.<sequence>} is set only when that sequence is not there yet: the first step seen
 *       for a sequence stays (a step that lost a race to the same sequence, or a replay, changes
 *       nothing), and a late older step still fills its gap. The case's places are set with it.
 *   <li>the standing ({@code sequence}, {@code step}, {@code state}, {@code colour}, {@code rungCode},
 *       {@code dueAt}) only by a higher sequence, so the latest step stands whatever the order.
 * </ul>
 *
 * A failed condition makes the upsert collide on {@code _id}, which {@code BulkUpserts} drops.
 */
public final class CaseStepStore {

    private CaseStepStore() {}

    /**
     * The writes of one step.
     *
     * @param onOpening fields a feature sets from the opening step (its quarter, say), null for none
     *     and for any other step
     */
    public static List<UpdateOneModel<Document>> writes(CaseStepped step, @Nullable Bson onOpening) {
        String id = step.caseId().toString();
        String path = "steps." + step.sequence();
        List<Bson> history = new ArrayList<>(List.of(
                Updates.set(path, step(step)),
                Updates.set("origin", step.origin().name()),
                Updates.set(
                        "findingId",
                        step.findingId() == null ? null : step.findingId().toString()),
                Updates.set(
                        "itemIds", step.itemIds().stream().map(UUID::toString).toList()),
                Updates.set("unitCode", step.unitCode()),
                Updates.set("townshipCode", step.townshipCode()),
                Updates.set("stationCode", step.stationCode()),
                Updates.setOnInsert("sequence", 0L)));
        if (onOpening != null) {
            history.add(onOpening);
        }
        UpdateOptions upsert = new UpdateOptions().upsert(true);
        return List.of(
                new UpdateOneModel<>(
                        Filters.and(Filters.eq("_id", id), Filters.exists(path, false)),
                        Updates.combine(history),
                        upsert),
                new UpdateOneModel<>(
                        Filters.and(Filters.eq("_id", id), Filters.lt("sequence", step.sequence())),
                        Updates.combine(
                                Updates.set("sequence", step.sequence()),
                                Updates.set("step", step.step().name()),
                                Updates.set("state", step.state().name()),
                                Updates.set("colour", step.colour().name()),
                                Updates.set("rungCode", step.rungCode()),
                                Updates.set("dueAt", date(step.dueAt()))),
                        upsert));
    }

    /** The case a document holds; a document the standing reached before any step has no steps. */
    public static CaseHistory history(Document document) {
        String findingId = document.getString("findingId");
        Document steps = document.get("steps", Document.class);
        List<CaseHistory.Step> folded = new ArrayList<>();
        if (steps != null) {
            steps.values().forEach(value -> folded.add(step((Document) value)));
        }
        return new CaseHistory(
                UUID.fromString(document.getString("_id")),
                findingId == null ? null : UUID.fromString(findingId),
                document.getList("itemIds", String.class, List.of()).stream()
                        .map(UUID::fromString)
                        .toList(),
                document.getString("unitCode"),
                document.getString("townshipCode"),
                document.getString("stationCode"),
                folded);
    }

    private static Document step(CaseStepped step) {
        return new Document("sequence", step.sequence())
                .append("step", step.step().name())
                .append("occurredAt", Date.from(step.occurredAt()))
                .append("rung", step.rung())
                .append("colour", step.colour().name())
                .append("state", step.state().name())
                .append("dueAt", date(step.dueAt()))
                .append("acknowledgeBy", date(step.acknowledgeBy()));
    }

    private static CaseHistory.Step step(Document d) {
        return new CaseHistory.Step(
                d.get("sequence", Number.class).longValue(),
                CaseStepped.Step.valueOf(d.getString("step")),
                d.getDate("occurredAt").toInstant(),
                d.get("rung", Number.class).intValue(),
                WarningColour.valueOf(d.getString("colour")),
                CaseStepped.State.valueOf(d.getString("state")),
                instant(d.getDate("dueAt")),
                instant(d.getDate("acknowledgeBy")));
    }

    private static @Nullable Date date(@Nullable Instant instant) {
        return instant == null ? null : Date.from(instant);
    }

    private static @Nullable Instant instant(@Nullable Date date) {
        return date == null ? null : date.toInstant();
    }
}
