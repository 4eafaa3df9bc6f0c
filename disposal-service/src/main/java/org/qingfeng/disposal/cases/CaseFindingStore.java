package org.qingfeng.disposal.cases;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.bson.Document;
import org.qingfeng.contracts.EventJson;
import org.qingfeng.contracts.analysis.FindingPublished;
import org.qingfeng.support.mongo.NewerOnly;
import org.springframework.stereotype.Component;

/**
 * The cases' own copy of the findings ({@code case_findings}, {@code _id} = finding id, the latest
 * publication), so a finding can be opened by hand on a chosen ladder without reading another
 * feature's projection.
 */
@Component
class CaseFindingStore {

    private static final String RANK = "publishedAtMillis";

    private final MongoCollection<Document> findings;

    CaseFindingStore(MongoDatabase database) {
        this.findings = database.getCollection("case_findings");
    }

    int save(List<FindingPublished> published) {
        return NewerOnly.replace(
                findings,
                published.stream()
                        .map(finding -> Document.parse(EventJson.mapper().writeValueAsString(finding))
                                .append("_id", finding.findingId().toString())
                                .append(RANK, finding.occurredAt().toEpochMilli()))
                        .toList(),
                RANK);
    }

    Optional<FindingPublished> find(UUID findingId) {
        return Optional.ofNullable(
                        findings.find(Filters.eq("_id", findingId.toString())).first())
                .map(document -> {
                    Document event = new Document(document);
                    event.remove("_id");
                    event.remove(RANK);
                    return EventJson.mapper().readValue(event.toJson(), FindingPublished.class);
                });
    }
}
