package org.qingfeng.analysis.report;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.Updates;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.bson.Document;
import org.qingfeng.analysis.AnalysisProperties;
import org.qingfeng.analysis.cases.CaseStepStore;
import org.qingfeng.analysis.cases.rules.CaseHistory;
import org.qingfeng.analysis.report.rules.FindingFacts;
import org.qingfeng.analysis.report.rules.Quarter;
import org.qingfeng.analysis.report.rules.Texts;
import org.qingfeng.contracts.analysis.FindingPublished;
import org.qingfeng.contracts.analysis.FindingPublished.Destination;
import org.qingfeng.contracts.analysis.FindingPublished.FindingKind;
import org.qingfeng.contracts.analysis.FindingPublished.PeriodCount;
import org.qingfeng.contracts.analysis.ReportDraftEdited;
import org.qingfeng.contracts.analysis.RiskLevel;
import org.qingfeng.contracts.analysis.Severity;
import org.qingfeng.contracts.disposal.CaseStepped;
import org.qingfeng.support.mongo.BulkUpserts;
import org.springframework.stereotype.Component;

/**
 * The report's two projections. {@code report_findings}, {@code _id} = finding id: the findings the
 * stations published, replaced by a later publication of the same finding (never by an earlier one
 * replayed). {@code report_drafts}, {@code _id} = {@code stationCode|yyyy-Qn}: the highest revision of
 * each report's draft. Both are replaced whole under a condition, so a replay writes nothing new.
 */
@Component
class ReportStore {

    private final MongoCollection<Document> findings;
    private final MongoCollection<Document> drafts;
    private final MongoCollection<Document> cases;
    private final ZoneId zone;

    ReportStore(MongoDatabase database, AnalysisProperties properties) {
        this.findings = database.getCollection("report_findings");
        this.drafts = database.getCollection("report_drafts");
        this.cases = database.getCollection("report_cases");
        this.zone = properties.zone();
    }

    /** Disposal's case steps, with {@code quarter} = the quarter of the opening step in {@code analysis.zone}. */
    int recordCases(List<CaseStepped> steps) {
        List<UpdateOneModel<Document>> writes = new ArrayList<>();
        for (CaseStepped step : steps) {
            writes.addAll(CaseStepStore.writes(
                    step,
                    CaseHistory.openingMonth(step, zone)
                            .map(month ->
                                    Updates.set("quarter", Quarter.of(month).toString()))
                            .orElse(null)));
        }
        return BulkUpserts.write(cases, writes);
    }

    /**
     * The station's cases opened in the quarter and those opened for {@code findings} (whenever they
     * were opened): a small scan of the station's cases.
     */
    List<CaseHistory> cases(String stationCode, Quarter quarter, List<FindingFacts> findings) {
        List<String> findingIds = findings.stream().map(FindingFacts::findingId).toList();
        List<CaseHistory> found = new ArrayList<>();
        cases.find(Filters.and(
                        Filters.eq("stationCode", stationCode),
                        Filters.or(Filters.eq("quarter", quarter.toString()), Filters.in("findingId", findingIds))))
                .forEach(document -> found.add(CaseStepStore.history(document)));
        return found;
    }

    int recordFindings(List<FindingPublished> published) {
        return BulkUpserts.write(
                findings,
                published.stream()
                        .map(f -> new ReplaceOneModel<>(
                                Filters.and(
                                        Filters.eq("_id", f.findingId().toString()),
                                        Filters.lte("publishedAt", Date.from(f.occurredAt()))),
                                finding(f),
                                new ReplaceOptions().upsert(true)))
                        .toList());
    }

    int recordDrafts(List<ReportDraftEdited> edited) {
        return BulkUpserts.write(
                drafts,
                edited.stream()
                        .map(d -> new ReplaceOneModel<>(
                                Filters.and(
                                        Filters.eq("_id", key(d.stationCode(), d.quarter())),
                                        Filters.lt("revision", d.revision())),
                                draft(d),
                                new ReplaceOptions().upsert(true)))
                        .toList());
    }

    /** The station's findings of the quarter's months; a small scan, findings are few. */
    List<FindingFacts> findings(String stationCode, Quarter quarter) {
        List<FindingFacts> found = new ArrayList<>();
        findings.find(Filters.and(Filters.eq("stationCode", stationCode), Filters.in("period", quarter.months())))
                .sort(Sorts.ascending("period", "_id"))
                .forEach(document -> found.add(facts(document)));
        return found;
    }

    Optional<Draft> draft(String stationCode, Quarter quarter) {
        return Optional.ofNullable(drafts.find(Filters.eq("_id", key(stationCode, quarter.toString())))
                        .first())
                .map(d -> new Draft(
                        d.getInteger("revision"),
                        new Texts(
                                d.getString("workDynamics"),
                                d.getString("salientProblems"),
                                d.getString("handlingStatus"))));
    }

    static String key(String stationCode, String quarter) {
        return stationCode + "|" + quarter;
    }

    private static Document finding(FindingPublished f) {
        return new Document("_id", f.findingId().toString())
                .append("publishedAt", Date.from(f.occurredAt()))
                .append("period", f.period())
                .append("stationCode", f.stationCode())
                .append("kind", f.kind().name())
                .append("destination", f.destination().name())
                .append("regionCode", f.regionCode())
                .append("unitCode", f.unitCode())
                .append("unitCodes", f.unitCodes())
                .append("subjectArea", f.subjectArea())
                .append("severity", f.severity().name())
                .append(
                        "riskLevel",
                        f.riskLevel() == null ? null : f.riskLevel().name())
                .append("evidence", f.evidence())
                .append(
                        "history",
                        f.history().stream()
                                .map(h -> new Document("period", h.period()).append("count", h.count()))
                                .toList())
                .append("itemIds", f.itemIds().stream().map(Object::toString).toList())
                .append("competentDepartmentCode", f.competentDepartmentCode());
    }

    private static FindingFacts facts(Document d) {
        String riskLevel = d.getString("riskLevel");
        return new FindingFacts(
                d.getString("_id"),
                d.getString("period"),
                FindingKind.valueOf(d.getString("kind")),
                Destination.valueOf(d.getString("destination")),
                d.getString("regionCode"),
                d.getString("unitCode"),
                d.getList("unitCodes", String.class),
                d.getString("subjectArea"),
                Severity.valueOf(d.getString("severity")),
                riskLevel == null ? null : RiskLevel.valueOf(riskLevel),
                d.getString("evidence"),
                d.getList("history", Document.class).stream()
                        .map(h -> new PeriodCount(
                                h.getString("period"),
                                h.get("count", Number.class).longValue()))
                        .toList(),
                d.getList("itemIds", String.class),
                d.getString("competentDepartmentCode"));
    }

    private static Document draft(ReportDraftEdited d) {
        return new Document("_id", key(d.stationCode(), d.quarter()))
                .append("stationCode", d.stationCode())
                .append("quarter", d.quarter())
                .append("revision", d.revision())
                .append("workDynamics", d.workDynamics())
                .append("salientProblems", d.salientProblems())
                .append("handlingStatus", d.handlingStatus())
                .append("editedBy", d.editedBy())
                .append("editedAt", Date.from(d.occurredAt()));
    }

    /** A draft as projected: its revision and its three parts. */
    record Draft(int revision, Texts texts) {}
}
