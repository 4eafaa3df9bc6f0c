package org.qingfeng.analysis.monthly;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.qingfeng.contracts.analysis.FindingPublished;
import org.qingfeng.contracts.analysis.FindingPublished.PeriodCount;
import org.qingfeng.support.mongo.BulkUpserts;
import org.springframework.stereotype.Component;

/**
 * {@code published_findings}, {@code _id} = finding id: the latest publication of each finding,
 * replaced whole (the topic is keyed by finding id, so a finding's publications arrive in order).
 */
@Component
class PublishedFindingStore {

    private final MongoCollection<Document> findings;

    PublishedFindingStore(MongoDatabase database) {
        this.findings = database.getCollection("published_findings");
    }

    int save(List<FindingPublished> published) {
        List<ReplaceOneModel<Document>> writes = published.stream()
                .map(finding -> new ReplaceOneModel<>(
                        Filters.eq("_id", finding.findingId().toString()),
                        document(finding),
                        new ReplaceOptions().upsert(true)))
                .toList();
        return BulkUpserts.write(findings, writes);
    }

    /** The published findings of a month (a small collection: a scan is fine). */
    List<PublishedFinding> ofPeriod(String period) {
        return findings.find(Filters.eq("period", period))
                .map(PublishedFindingStore::published)
                .into(new ArrayList<>());
    }

    Map<String, PublishedFinding> byIds(Collection<String> findingIds) {
        Map<String, PublishedFinding> byId = new HashMap<>();
        if (!findingIds.isEmpty()) {
            findings.find(Filters.in("_id", List.copyOf(findingIds)))
                    .forEach(document -> byId.put(document.getString("_id"), published(document)));
        }
        return byId;
    }

    private static PublishedFinding published(Document document) {
        return new PublishedFinding(
                document.getString("_id"),
                document.getString("period"),
                document.getString("stationCode"),
                document.getString("kind"),
                document.getString("destination"),
                document.getString("regionCode"),
                document.getString("unitCode"),
                document.getList("unitCodes", String.class),
                document.getString("subjectArea"),
                document.getString("severity"),
                document.getString("riskLevel"),
                document.getString("evidence"),
                document.getList("history", Document.class).stream()
                        .map(count ->
                                new PeriodCount(count.getString("period"), ((Number) count.get("count")).longValue()))
                        .toList(),
                document.getList("itemIds", String.class),
                document.getString("competentDepartmentCode"),
                document.getString("method"),
                document.getString("publishedBy"),
                document.getDate("publishedAt").toInstant());
    }

    private static Document document(FindingPublished finding) {
        return new Document("_id", finding.findingId().toString())
                .append("period", finding.period())
                .append("stationCode", finding.stationCode())
                .append("kind", finding.kind().name())
                .append("destination", finding.destination().name())
                .append("regionCode", finding.regionCode())
                .append("unitCode", finding.unitCode())
                .append("unitCodes", finding.unitCodes())
                .append("subjectArea", finding.subjectArea())
                .append("severity", finding.severity().name())
                .append(
                        "riskLevel",
                        finding.riskLevel() == null ? null : finding.riskLevel().name())
                .append("evidence", finding.evidence())
                .append(
                        "history",
                        finding.history().stream()
                                .map(PublishedFindingStore::count)
                                .toList())
                .append(
                        "itemIds",
                        finding.itemIds().stream().map(Object::toString).toList())
                .append("competentDepartmentCode", finding.competentDepartmentCode())
                .append("method", finding.method())
                .append("publishedBy", finding.publishedBy())
                .append("publishedAt", Date.from(finding.occurredAt()));
    }

    private static Document count(PeriodCount count) {
        return new Document("period", count.period()).append("count", count.count());
    }
}
