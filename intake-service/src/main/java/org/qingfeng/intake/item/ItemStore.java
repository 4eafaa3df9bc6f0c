package org.qingfeng.intake.item;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import com.mongodb.client.model.WriteModel;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.qingfeng.contracts.disposal.CaseStepped;
import org.qingfeng.contracts.disposal.WarningIssued;
import org.qingfeng.contracts.intake.SubmissionReceived;
import org.qingfeng.intake.item.rules.CaseSteps;
import org.qingfeng.intake.receipt.Receipt;
import org.qingfeng.intake.receipt.ReceiptHasher;
import org.springframework.stereotype.Component;

/**
 * The {@code items} projection ({@code _id} = item id) and {@code receipts} ({@code _id} = receipt
 * digest, pointing at the item). Every write is an upsert by {@code _id}: a replay changes nothing.
 */
@Component
class ItemStore {

    private static final Bson SUBMITTED = Filters.exists(ItemDocuments.SUBMITTED_AT);

    private final MongoCollection<Document> items;
    private final MongoCollection<Document> receipts;

    ItemStore(MongoDatabase database) {
        this.items = database.getCollection("items");
        this.receipts = database.getCollection("receipts");
    }

    /** One bulk write per collection; the item first, so a receipt never points at nothing. */
    void register(List<SubmissionReceived> batch) {
        items.bulkWrite(batch.stream().map(ItemDocuments::registration).toList());
        List<WriteModel<Document>> indexed = batch.stream()
                .map(ItemDocuments::receipt)
                .flatMap(Optional::stream)
                .toList();
        if (!indexed.isEmpty()) {
            receipts.bulkWrite(indexed);
        }
    }

    /** The items among {@code ids} whose {@code ItemSubmitted} has not been published yet. */
    Set<UUID> unpublished(Collection<UUID> ids) {
        Set<UUID> found = new HashSet<>();
        items.find(Filters.and(Filters.in(ItemDocuments.ID, strings(ids)), Filters.ne(ItemDocuments.PUBLISHED, true)))
                .projection(Projections.include(ItemDocuments.ID))
                .forEach(d -> found.add(UUID.fromString(d.getString(ItemDocuments.ID))));
        return found;
    }

    void markPublished(Collection<UUID> ids) {
        items.updateMany(Filters.in(ItemDocuments.ID, strings(ids)), Updates.set(ItemDocuments.PUBLISHED, true));
    }

    void recordWarnings(List<WarningIssued> warnings) {
        items.bulkWrite(warnings.stream().map(ItemDocuments::warning).toList());
    }

    /** Applies the newest step of each (item, case) in the poll; older or repeated steps change nothing. */
    void recordCaseSteps(List<CaseStepped> steps) {
        List<WriteModel<Document>> writes = CaseSteps.latest(steps).stream()
                .flatMap(itemCase -> ItemDocuments.caseStep(itemCase).stream())
                .toList();
        if (!writes.isEmpty()) {
            items.bulkWrite(writes);
        }
    }

    Optional<ItemView> find(UUID itemId) {
        return Optional.ofNullable(items.find(Filters.and(Filters.eq(ItemDocuments.ID, itemId.toString()), SUBMITTED))
                        .first())
                .map(ItemDocuments::view);
    }

    /** The most recent items placed in {@code regions}, the scope applied before the limit. */
    List<ItemView> recent(int limit, Collection<String> regions) {
        if (regions.isEmpty()) {
            return List.of();
        }
        return items.find(Filters.and(SUBMITTED, Filters.in(ItemDocuments.REGION_CODE, regions)))
                .sort(Sorts.descending(ItemDocuments.SUBMITTED_AT, ItemDocuments.ID))
                .limit(limit)
                .map(ItemDocuments::view)
                .into(new ArrayList<>());
    }

    /**
     * The slow hashes stored under a receipt's locator, by item id: none for an unknown locator, a
     * few where locators collide.
     */
    Map<UUID, String> candidates(Receipt receipt, ReceiptHasher hasher) {
        Document index = receipts.find(Filters.eq(ItemDocuments.ID, hasher.locator(receipt)))
                .first();
        if (index == null) {
            return Map.of();
        }
        Map<UUID, String> found = new LinkedHashMap<>();
        index.get(ItemDocuments.HASHES, new Document()).forEach((itemId, hash) -> {
            if (hash instanceof String stored) {
                found.put(UUID.fromString(itemId), stored);
            }
        });
        return found;
    }

    /** Where a submitted item is placed and how it stands, read without its content. */
    Optional<RegisteredItem> registered(UUID itemId) {
        return Optional.ofNullable(items.find(Filters.and(Filters.eq(ItemDocuments.ID, itemId.toString()), SUBMITTED))
                        .projection(Projections.include(
                                ItemDocuments.REGION_CODE,
                                ItemDocuments.STATUS,
                                ItemDocuments.CASES,
                                ItemDocuments.SUBMITTED_AT))
                        .first())
                .map(d -> new RegisteredItem(
                        itemId,
                        d.getString(ItemDocuments.REGION_CODE),
                        ItemDocuments.status(d),
                        d.getDate(ItemDocuments.SUBMITTED_AT).toInstant()));
    }

    /** The fingerprint of what an item said, if it is registered. */
    Optional<String> fingerprintOf(UUID itemId) {
        return Optional.ofNullable(items.find(Filters.eq(ItemDocuments.ID, itemId.toString()))
                        .projection(Projections.include(ItemDocuments.FINGERPRINT))
                        .first())
                .map(d -> d.getString(ItemDocuments.FINGERPRINT));
    }

    private static List<String> strings(Collection<UUID> ids) {
        return ids.stream().map(UUID::toString).toList();
    }
}
