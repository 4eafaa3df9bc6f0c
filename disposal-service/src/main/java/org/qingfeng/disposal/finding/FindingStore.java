package org.qingfeng.disposal.finding;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Sorts;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.bson.Document;
import org.qingfeng.contracts.EventJson;
import org.qingfeng.contracts.analysis.FindingPublished;
import org.qingfeng.support.mongo.NewerOnly;
import org.springframework.stereotype.Component;

/**
 * The {@code findings} projection: {@code _id} = finding id, the latest publication of each finding as
 * analysis published it (the event's JSON) and {@code publishedAtMillis}. A finding published again
 * (another destination, another severity) replaces the stored one only when it was published later,
 * so a replay or a late copy never winds it back.
 */
@Component
class FindingStore {

    private static final String RANK = "publishedAtMillis";

    private final MongoCollection<Document> findings;

    FindingStore(MongoDatabase database) {
        this.findings = database.getCollection("findings");
    }

    int save(List<FindingPublished> published) {
        return NewerOnly.replace(
                findings, published.stream().map(FindingStore::document).toList(), RANK);
    }

    /**
     * Those {@code visible} lets through, newest publication first. A county publishes a handful of
     * findings a month, so the whole collection is read.
     */
    List<FindingPublished> all(Predicate<FindingPublished> visible) {
        List<FindingPublished> found = new ArrayList<>();
        findings.find()
                .sort(Sorts.orderBy(Sorts.descending(RANK), Sorts.ascending("_id")))
                .forEach(document -> {
                    FindingPublished finding = finding(document);
                    if (visible.test(finding)) {
                        found.add(finding);
                    }
                });
        return found;
    }

    private static Document document(FindingPublished finding) {
        return Document.parse(EventJson.mapper().writeValueAsString(finding))
                .append("_id", finding.findingId().toString())
                .append(RANK, finding.occurredAt().toEpochMilli());
    }

    private static FindingPublished finding(Document document) {
        Document event = new Document(document);
        event.remove("_id");
        event.remove(RANK);
        return EventJson.mapper().readValue(event.toJson(), FindingPublished.class);
    }
}
