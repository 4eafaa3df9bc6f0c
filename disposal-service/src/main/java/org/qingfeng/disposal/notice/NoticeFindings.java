package org.qingfeng.disposal.notice;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import java.util.Optional;
import java.util.UUID;
import org.bson.Document;
import org.qingfeng.contracts.analysis.FindingPublished;
import org.qingfeng.disposal.notice.rules.FindingFacts;
import org.springframework.stereotype.Component;

/**
 * The three facts of a finding a notice names, read from the {@code findings} projection by id with
 * only those fields projected: the evidence, region and items never leave the database for a notice.
 */
@Component
class NoticeFindings {

    private final MongoCollection<Document> findings;

    NoticeFindings(MongoDatabase database) {
        this.findings = database.getCollection("findings");
    }

    Optional<FindingFacts> of(UUID findingId) {
        Document found = findings.find(Filters.eq("_id", findingId.toString()))
                .projection(Projections.include("period", "kind", "subjectArea"))
                .first();
        if (found == null || found.getString("period") == null || found.getString("kind") == null) {
            return Optional.empty();
        }
        return Optional.of(new FindingFacts(
                found.getString("period"),
                FindingPublished.FindingKind.valueOf(found.getString("kind")),
                String.valueOf(found.getString("subjectArea"))));
    }
}
