package org.qingfeng.intake.rhythm;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.bson.Document;
import org.qingfeng.intake.rhythm.rules.FilingRules;
import org.qingfeng.intake.rhythm.rules.ItemPlace;
import org.springframework.stereotype.Component;

/**
 * Reads where registered items were placed from the item feature's {@code items} projection: one
 * {@code $in} on {@code _id}, only the two place fields. A document that only holds a warning (it
 * arrived before its submission) is not an item yet.
 */
@Component
class MongoItemPlaces implements FilingRules.ItemLookup {

    private final MongoCollection<Document> items;

    MongoItemPlaces(MongoDatabase database) {
        this.items = database.getCollection("items");
    }

    @Override
    public Map<UUID, ItemPlace> find(Set<UUID> ids) {
        Map<UUID, ItemPlace> places = new HashMap<>();
        items.find(Filters.and(
                        Filters.in("_id", ids.stream().map(UUID::toString).toList()), Filters.exists("submittedAt")))
                .projection(Projections.include("townshipCode", "regionCode"))
                .forEach(d -> {
                    UUID id = UUID.fromString(d.getString("_id"));
                    places.put(id, new ItemPlace(id, d.getString("townshipCode"), d.getString("regionCode")));
                });
        return places;
    }
}
