package org.qingfeng.intake.item;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.bson.Document;
import org.jspecify.annotations.Nullable;
import org.qingfeng.contracts.disposal.CaseStepped;
import org.qingfeng.contracts.disposal.WarningColour;
import org.qingfeng.contracts.disposal.WarningIssued;
import org.qingfeng.contracts.intake.Channel;
import org.qingfeng.contracts.intake.ItemDetails;
import org.qingfeng.contracts.intake.RiskCategory;
import org.qingfeng.contracts.intake.SubmissionReceived;
import org.qingfeng.contracts.intake.SubmitterKind;
import org.qingfeng.contracts.intake.Urgency;
import org.qingfeng.intake.item.rules.CaseStanding;
import org.qingfeng.intake.item.rules.CaseSteps;
import org.qingfeng.intake.item.rules.ItemFingerprint;
import org.qingfeng.intake.item.rules.ItemStatus;
import org.qingfeng.intake.item.rules.ItemStatuses;

/** The shape of {@code items} and {@code receipts} documents, and the idempotent writes on them. */
final class ItemDocuments {

    static final String ID = "_id";
    static final String STATUS = "status";
    static final String SUBMITTED_AT = "submittedAt";
    static final String PUBLISHED = "published";
    static final String WARNING = "warning";
    static final String HASHES = "hashes";
    static final String FINGERPRINT = "fingerprint";
    static final String REGION_CODE = "regionCode";
    static final String CASES = "cases";

    private static final UpdateOptions UPSERT = new UpdateOptions().upsert(true);

    private ItemDocuments() {}

    /** Registers a submission; the status is set only on insert, so a warning that came first stays. */
    static WriteModel<Document> registration(SubmissionReceived received) {
        ItemDetails item = received.item();
        return new UpdateOneModel<>(
                Filters.eq(ID, received.itemId().toString()),
                Updates.combine(
                        Updates.set(SUBMITTED_AT, Date.from(received.occurredAt())),
                        Updates.set("submitterKind", received.submitterKind().name()),
                        Updates.set(REGION_CODE, item.regionCode()),
                        Updates.set("townshipCode", item.townshipCode()),
                        Updates.set("unitCode", item.unitCode()),
                        Updates.set("subjectArea", item.subjectArea()),
                        Updates.set(
                                "riskCategory",
                                item.riskCategory() == null
                                        ? null
                                        : item.riskCategory().name()),
                        Updates.set("urgency", item.urgency().name()),
                        Updates.set("channel", item.channel().name()),
                        Updates.set("description", item.description()),
                        Updates.set(FINGERPRINT, ItemFingerprint.of(item)),
                        Updates.setOnInsert(STATUS, ItemStatus.REGISTERED.name())),
                UPSERT);
    }

    /**
     * Indexes a receipt under its locator's digest. Locators are 40 bits, so two receipts may share
     * one among millions: each item's slow hash is kept under the item id, and a presented receipt
     * is checked against every hash there. A record from before locators existed indexes nothing.
     */
    static Optional<WriteModel<Document>> receipt(SubmissionReceived received) {
        if (received.receiptLocator() == null) {
            return Optional.empty();
        }
        return Optional.of(new UpdateOneModel<>(
                Filters.eq(ID, received.receiptLocator()),
                Updates.set(HASHES + "." + received.itemId(), received.receiptDigest()),
                UPSERT));
    }

    /** Records a warning on its item, creating the document if the submission is not projected yet. */
    static WriteModel<Document> warning(WarningIssued warning) {
        Document summary = new Document("warningId", warning.warningId().toString())
                .append("colour", warning.colour().name())
                .append("issuedAt", Date.from(warning.occurredAt()));
        return new UpdateOneModel<>(
                Filters.eq(ID, warning.itemId().toString()),
                Updates.combine(Updates.set(STATUS, ItemStatus.WARNING_ISSUED.name()), Updates.set(WARNING, summary)),
                UPSERT);
    }

    /**
     * Applies one item's standing in one case, in two writes of an ordered bulk: the item's document
     * is created if the submission is not projected yet (a replay of the case topic may run ahead of
     * the submissions), then the standing is set only where the case holds no step as new. A replay
     * or a step delivered late therefore changes nothing.
     */
    static List<WriteModel<Document>> caseStep(CaseSteps.ItemCase itemCase) {
        CaseStanding standing = itemCase.standing();
        String id = itemCase.itemId().toString();
        String path = CASES + "." + standing.caseId();
        Document held = new Document("sequence", standing.sequence())
                .append("state", standing.state().name())
                .append("colour", standing.colour().name())
                .append("rungCode", standing.rungCode())
                .append("updatedAt", Date.from(standing.updatedAt()));
        return List.of(
                new UpdateOneModel<>(
                        Filters.eq(ID, id), Updates.setOnInsert(STATUS, ItemStatus.REGISTERED.name()), UPSERT),
                new UpdateOneModel<>(
                        Filters.and(
                                Filters.eq(ID, id),
                                Filters.or(
                                        Filters.exists(path + ".sequence", false),
                                        Filters.lt(path + ".sequence", standing.sequence()))),
                        Updates.set(path, held)));
    }

    /** The cases an item is behind, as last applied, oldest change first. */
    static List<CaseStanding> cases(Document d) {
        Document cases = d.get(CASES, Document.class);
        if (cases == null) {
            return List.of();
        }
        List<CaseStanding> standings = new ArrayList<>(cases.size());
        cases.forEach((caseId, value) -> {
            if (value instanceof Document c) {
                standings.add(new CaseStanding(
                        UUID.fromString(caseId),
                        c.get("sequence", Number.class).longValue(),
                        CaseStepped.State.valueOf(c.getString("state")),
                        WarningColour.valueOf(c.getString("colour")),
                        c.getString("rungCode"),
                        c.getDate("updatedAt").toInstant()));
            }
        });
        standings.sort((a, b) -> a.updatedAt().compareTo(b.updatedAt()));
        return standings;
    }

    /** The status the item's cases give it, else the one recorded. */
    static ItemStatus status(Document d) {
        return ItemStatuses.of(ItemStatus.valueOf(d.getString(STATUS)), cases(d));
    }

    static ItemView view(Document d) {
        List<CaseStanding> cases = cases(d);
        ItemStatus status = ItemStatuses.of(ItemStatus.valueOf(d.getString(STATUS)), cases);
        return new ItemView(
                UUID.fromString(d.getString(ID)),
                status,
                status.label(),
                d.getDate(SUBMITTED_AT).toInstant(),
                SubmitterKind.valueOf(d.getString("submitterKind")),
                d.getString(REGION_CODE),
                d.getString("townshipCode"),
                d.getString("unitCode"),
                d.getString("subjectArea"),
                d.getString("riskCategory") == null ? null : RiskCategory.valueOf(d.getString("riskCategory")),
                Urgency.valueOf(d.getString("urgency")),
                Channel.valueOf(d.getString("channel")),
                d.getString("description"),
                warningOf(d.get(WARNING, Document.class)),
                cases.stream().map(ItemView.Case::of).toList());
    }

    private static ItemView.@Nullable Warning warningOf(@Nullable Document w) {
        if (w == null) {
            return null;
        }
        return new ItemView.Warning(
                UUID.fromString(w.getString("warningId")),
                WarningColour.valueOf(w.getString("colour")),
                w.getDate("issuedAt").toInstant());
    }
}
