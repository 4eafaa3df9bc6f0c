package org.qingfeng.localstack;

import com.mongodb.client.MongoClient;
import com.mongodb.client.model.Filters;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.bson.Document;

/**
 * What the services wrote to their own databases, read directly for the system test's assertions
 * where the API cannot tell (the API shows no item ids per ledger line, and derives one warning id
 * per item so it could never show two).
 */
record Projections(MongoClient mongo) {

    /** The ids of intake's {@code items}. */
    Set<String> registeredItems() {
        Set<String> ids = new HashSet<>();
        mongo.getDatabase("intake-service").getCollection("items").find().forEach(d -> ids.add(d.getString("_id")));
        return ids;
    }

    /** How many times each item id appears across analysis's {@code monthly_ledgers} lines. */
    Map<String, Integer> ledgerCounts() {
        Map<String, Integer> counts = new HashMap<>();
        for (Document line : mongo.getDatabase("analysis-service")
                .getCollection("monthly_ledgers")
                .find()) {
            line.getList("itemIds", String.class).forEach(id -> counts.merge(id, 1, Integer::sum));
        }
        return counts;
    }

    /** Disposal's cases holding {@code itemId}: an immediate item opens exactly one. */
    long casesOf(UUID itemId) {
        return mongo.getDatabase("disposal-service")
                .getCollection("cases")
                .countDocuments(Filters.eq("itemIds", itemId.toString()));
    }

    long cases() {
        return mongo.getDatabase("disposal-service").getCollection("cases").countDocuments();
    }
}
