package org.qingfeng.analysis.index;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.client.model.UpdateOneModel;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.jspecify.annotations.Nullable;
import org.qingfeng.analysis.AnalysisProperties;
import org.qingfeng.analysis.cases.CaseStepStore;
import org.qingfeng.analysis.cases.rules.CaseHistory;
import org.qingfeng.analysis.index.rules.Facts;
import org.qingfeng.analysis.index.rules.Quarter;
import org.qingfeng.contracts.analysis.FindingPublished;
import org.qingfeng.contracts.analysis.FindingPublished.FindingKind;
import org.qingfeng.contracts.analysis.ItemTriaged;
import org.qingfeng.contracts.analysis.Severity;
import org.qingfeng.contracts.analysis.TriageDecision;
import org.qingfeng.contracts.disposal.CaseStepped;
import org.qingfeng.contracts.disposal.WarningColour;
import org.qingfeng.contracts.disposal.WarningIssued;
import org.qingfeng.contracts.intake.ComplianceState;
import org.qingfeng.contracts.intake.ItemSubmitted;
import org.qingfeng.contracts.intake.ReportingComplianceChanged;
import org.qingfeng.support.mongo.BulkUpserts;
import org.springframework.stereotype.Component;

/**
 * The index's own projections, rebuilt by replaying its consumer group:
 *
 * <ul>
 *   <li>{@code index_facts}, {@code _id} = item id: the item's quarter and places, its latest decision
 *       and severity (replaced only by a higher sequence), and its warnings under {@code
 *       warnings.<warningId>}. Field upserts, so the three topics may arrive in any order; a document
 *       without {@code quarter} has not seen its item yet and is not read.
 *   <li>{@code index_findings}, {@code _id} = finding id: replaced by a publication at least as recent.
 *   <li>{@code index_reporting}, {@code _id} = {@code unitCode|period}: replaced only by a state of
 *       higher precedence ({@code MISSING} &lt; {@code LATE} &lt; {@code ON_TIME}), as the topic's
 *       producer means it.
 *   <li>{@code index_cases}, {@code _id} = case id: disposal's case steps ({@link CaseStepStore}), with
 *       {@code quarter} = the quarter of the opening step; a case without it is not read.
 * </ul>
 *
 * A quarter is read by {@code quarter}, a scan of one collection each (the Mongo wire server keeps no
 * secondary index); the index is a quarterly figure over a county, thousands of documents at most.
 */
@Component
class IndexFactStore {

    private final MongoCollection<Document> items;
    private final MongoCollection<Document> findings;
    private final MongoCollection<Document> reports;
    private final MongoCollection<Document> cases;
    private final ZoneId zone;

    IndexFactStore(MongoDatabase database, AnalysisProperties properties) {
        this.items = database.getCollection("index_facts");
        this.findings = database.getCollection("index_findings");
        this.reports = database.getCollection("index_reporting");
        this.cases = database.getCollection("index_cases");
        this.zone = properties.zone();
    }

    int recordSubmitted(List<ItemSubmitted> submitted) {
        List<UpdateOneModel<Document>> writes = submitted.stream()
                .map(item -> upsert(
                        item.itemId(),
                        Updates.combine(
                                Updates.set(
                                        "quarter",
                                        Quarter.of(item.occurredAt(), zone).toString()),
                                Updates.set("regionCode", item.item().regionCode()),
                                Updates.set("townshipCode", item.item().townshipCode()),
                                Updates.set("unitCode", item.item().unitCode()),
                                Updates.setOnInsert("decisionSequence", 0))))
                .toList();
        return BulkUpserts.write(items, writes);
    }

    int recordTriaged(List<ItemTriaged> decisions) {
        List<UpdateOneModel<Document>> writes = decisions.stream()
                .map(decision -> new UpdateOneModel<Document>(
                        Filters.and(
                                Filters.eq("_id", decision.itemId().toString()),
                                Filters.lt("decisionSequence", decision.sequence())),
                        Updates.combine(
                                Updates.set("decisionSequence", decision.sequence()),
                                Updates.set("decision", decision.decision().name()),
                                Updates.set(
                                        "severity",
                                        decision.classification() == null
                                                ? null
                                                : decision.classification()
                                                        .severity()
                                                        .name())),
                        new UpdateOptions().upsert(true)))
                .toList();
        return BulkUpserts.write(items, writes);
    }

    int recordWarned(List<WarningIssued> warnings) {
        List<UpdateOneModel<Document>> writes = warnings.stream()
                .map(warning -> upsert(
                        warning.itemId(),
                        Updates.combine(
                                Updates.set(
                                        "warnings." + warning.warningId(),
                                        new Document("colour", warning.colour().name())
                                                .append("unitCode", warning.unitCode())
                                                .append("townshipCode", warning.townshipCode())),
                                Updates.setOnInsert("decisionSequence", 0))))
                .toList();
        return BulkUpserts.write(items, writes);
    }

    int recordFindings(List<FindingPublished> published) {
        List<ReplaceOneModel<Document>> writes = new ArrayList<>();
        for (FindingPublished finding : published) {
            Quarter.ofPeriod(finding.period())
                    .ifPresent(quarter -> writes.add(new ReplaceOneModel<>(
                            Filters.and(
                                    Filters.eq("_id", finding.findingId().toString()),
                                    Filters.lte("occurredAt", Date.from(finding.occurredAt()))),
                            finding(finding, quarter),
                            new ReplaceOptions().upsert(true))));
        }
        return BulkUpserts.write(findings, writes);
    }

    int recordReports(List<ReportingComplianceChanged> changed) {
        List<ReplaceOneModel<Document>> writes = new ArrayList<>();
        for (ReportingComplianceChanged report : changed) {
            Quarter.ofPeriod(report.period())
                    .ifPresent(quarter -> writes.add(new ReplaceOneModel<>(
                            Filters.and(
                                    Filters.eq("_id", report.key()),
                                    Filters.lt("precedence", precedence(report.state()))),
                            new Document("_id", report.key())
                                    .append("quarter", quarter.toString())
                                    .append("unitCode", report.unitCode())
                                    .append("period", report.period())
                                    .append("state", report.state().name())
                                    .append("precedence", precedence(report.state()))
                                    .append("nil", report.nil()),
                            new ReplaceOptions().upsert(true))));
        }
        return BulkUpserts.write(reports, writes);
    }

    int recordCases(List<CaseStepped> steps) {
        List<UpdateOneModel<Document>> writes = new ArrayList<>();
        for (CaseStepped step : steps) {
            writes.addAll(CaseStepStore.writes(
                    step,
                    Updates.set("quarter", Quarter.of(step.occurredAt(), zone).toString())));
        }
        return BulkUpserts.write(cases, writes);
    }

    /** The facts of each quarter asked for (a quarter without any has {@link Facts#NONE}). */
    Map<Quarter, Facts> facts(Collection<Quarter> quarters) {
        List<String> wanted = quarters.stream().map(Quarter::toString).toList();
        Map<Quarter, FactsBuilder> builders = new TreeMap<>();
        quarters.forEach(quarter -> builders.put(quarter, new FactsBuilder()));
        for (Document document : items.find(Filters.in("quarter", wanted))) {
            builders.get(quarterOf(document)).item(document);
        }
        for (Document document : findings.find(Filters.in("quarter", wanted))) {
            builders.get(quarterOf(document)).finding(document);
        }
        for (Document document : reports.find(Filters.in("quarter", wanted))) {
            builders.get(quarterOf(document)).report(document);
        }
        Map<Quarter, List<CaseHistory>> opened = new TreeMap<>();
        for (Document document : cases.find(Filters.in("quarter", wanted))) {
            opened.computeIfAbsent(quarterOf(document), q -> new ArrayList<>()).add(CaseStepStore.history(document));
        }
        Map<UUID, TriageDecision> decisions = decisions(opened.values().stream()
                .flatMap(List::stream)
                .flatMap(history -> history.itemIds().stream())
                .distinct()
                .toList());
        opened.forEach((quarter, histories) -> histories.forEach(
                history -> Facts.Case.of(history, decisions::get).ifPresent(builders.get(quarter).cases::add)));
        Map<Quarter, Facts> facts = new TreeMap<>();
        builders.forEach((quarter, builder) -> facts.put(quarter, builder.build()));
        return facts;
    }

    /** The latest decision on each of {@code itemIds} that has one, read by {@code _id}. */
    private Map<UUID, TriageDecision> decisions(List<UUID> itemIds) {
        Map<UUID, TriageDecision> decisions = new TreeMap<>();
        for (int from = 0; from < itemIds.size(); from += 500) {
            List<String> ids = itemIds.subList(from, Math.min(itemIds.size(), from + 500)).stream()
                    .map(UUID::toString)
                    .toList();
            for (Document document : items.find(Filters.in("_id", ids))) {
                String decision = document.getString("decision");
                if (decision != null) {
                    decisions.put(UUID.fromString(document.getString("_id")), TriageDecision.valueOf(decision));
                }
            }
        }
        return decisions;
    }

    private static Quarter quarterOf(Document document) {
        return Quarter.parse(document.getString("quarter")).orElseThrow();
    }

    /** A widespread finding names its units; any other the one unit it is about. */
    private static Document finding(FindingPublished finding, Quarter quarter) {
        List<String> units =
                finding.kind() == FindingKind.WIDESPREAD && !finding.unitCodes().isEmpty()
                        ? List.copyOf(new TreeSet<>(finding.unitCodes()))
                        : List.of(finding.unitCode());
        return new Document("_id", finding.findingId().toString())
                .append("quarter", quarter.toString())
                .append("period", finding.period())
                .append("kind", finding.kind().name())
                .append("regionCode", finding.regionCode())
                .append("unitCodes", units)
                .append(
                        "itemIds",
                        finding.itemIds().stream().map(UUID::toString).toList())
                .append("occurredAt", Date.from(finding.occurredAt()));
    }

    private static int precedence(ComplianceState state) {
        return switch (state) {
            case MISSING -> 0;
            case LATE -> 1;
            case ON_TIME -> 2;
        };
    }

    private static UpdateOneModel<Document> upsert(UUID itemId, Bson update) {
        return new UpdateOneModel<>(Filters.eq("_id", itemId.toString()), update, new UpdateOptions().upsert(true));
    }

    /** One quarter's documents read into facts. */
    private static final class FactsBuilder {
        private final List<Facts.Item> items = new ArrayList<>();
        private final List<Facts.Warning> warnings = new ArrayList<>();
        private final List<Facts.Finding> findings = new ArrayList<>();
        private final List<Facts.Report> reports = new ArrayList<>();
        private final List<Facts.Case> cases = new ArrayList<>();

        void item(Document document) {
            UUID itemId = UUID.fromString(document.getString("_id"));
            TriageDecision decision = enumOf(TriageDecision.class, document.getString("decision"));
            items.add(new Facts.Item(
                    itemId,
                    document.getString("regionCode"),
                    document.getString("unitCode"),
                    decision,
                    enumOf(Severity.class, document.getString("severity"))));
            Document issued = document.get("warnings", Document.class);
            if (issued != null) {
                issued.forEach((warningId, value) -> {
                    Document warning = (Document) value;
                    warnings.add(new Facts.Warning(
                            UUID.fromString(warningId),
                            itemId,
                            warning.getString("unitCode"),
                            warning.getString("townshipCode"),
                            WarningColour.valueOf(warning.getString("colour")),
                            decision));
                });
            }
        }

        void finding(Document document) {
            findings.add(new Facts.Finding(
                    UUID.fromString(document.getString("_id")),
                    FindingKind.valueOf(document.getString("kind")),
                    document.getString("regionCode"),
                    document.getList("unitCodes", String.class),
                    document.getList("itemIds", String.class).stream()
                            .map(UUID::fromString)
                            .toList()));
        }

        void report(Document document) {
            reports.add(new Facts.Report(
                    document.getString("unitCode"),
                    document.getString("period"),
                    ComplianceState.valueOf(document.getString("state")),
                    document.getBoolean("nil", false)));
        }

        Facts build() {
            return new Facts(items, warnings, findings, reports, cases);
        }

        private static <E extends Enum<E>> @Nullable E enumOf(Class<E> type, @Nullable String name) {
            return name == null ? null : Enum.valueOf(type, name);
        }
    }
}
