package org.qingfeng.intake.channel.quarterly;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.jspecify.annotations.Nullable;
import org.qingfeng.contracts.EventIds;
import org.qingfeng.contracts.Topics;
import org.qingfeng.contracts.intake.ComplianceState;
import org.qingfeng.contracts.intake.QuarterlyReportFiled;
import org.qingfeng.intake.channel.quarterly.rules.QuarterlyReport;
import org.qingfeng.intake.network.rules.NetworkView;
import org.qingfeng.intake.rhythm.FilingService;
import org.qingfeng.intake.rhythm.rules.ItemPlace;
import org.qingfeng.intake.rules.RulesViolated;
import org.qingfeng.intake.rules.Violation;
import org.qingfeng.intake.submission.BatchRefused;
import org.qingfeng.intake.submission.SubmissionAccepted;
import org.qingfeng.intake.submission.SubmissionContext;
import org.qingfeng.intake.submission.SubmissionRequest;
import org.qingfeng.intake.submission.SubmissionService;
import org.qingfeng.intake.web.AcknowledgedSends;
import org.qingfeng.support.security.Actor;
import org.springframework.stereotype.Service;

/**
 * Files a quarterly report in three acknowledged steps: its items (all or nothing, through the one
 * submission path), the report itself on {@code intake.quarterly-reports.v1}, then the unit's
 * window. The window is checked first, so a report bound to be refused (already filed, a quarter not
 * begun) writes nothing; the filing comes last, so a report interrupted half-way is completed by
 * sending it again: its items and report land on the same ids, and only then is the window filed.
 */
@Service
class QuarterlyReports {

    static final String REPORT_ID_TYPE = "quarterly-report";

    private final SubmissionService submissions;
    private final FilingService filings;
    private final AcknowledgedSends sends;
    private final Clock clock;

    QuarterlyReports(SubmissionService submissions, FilingService filings, AcknowledgedSends sends, Clock clock) {
        this.submissions = submissions;
        this.filings = filings;
        this.sends = sends;
        this.clock = clock;
    }

    record Filed(UUID reportId, List<UUID> itemIds, ComplianceState state) {}

    /**
     * @param retryScope the caller's idempotency scope of the whole report, or null: each item's scope
     *     is derived from it, or from the unit and period without one
     */
    Filed file(QuarterlyReport report, Actor actor, @Nullable String retryScope, NetworkView network) {
        filings.requireFileable(report.unitCode(), report.period());
        String base = retryScope != null ? retryScope : "quarterly:" + key(report);
        UUID reportId = EventIds.derive(REPORT_ID_TYPE, key(report));
        List<SubmissionRequest> requests = new ArrayList<>();
        for (int i = 0; i < report.items().size(); i++) {
            requests.add(new SubmissionRequest(
                    report.items().get(i),
                    SubmissionContext.retriedAs(base + ":" + i).enteredBy(actor.subject(), reportId)));
        }
        List<SubmissionAccepted> accepted;
        try {
            accepted = submissions.submitAll(requests);
        } catch (BatchRefused e) {
            throw new RulesViolated(byItem(e));
        }
        List<UUID> itemIds = accepted.stream().map(SubmissionAccepted::itemId).toList();
        publish(report, reportId, itemIds, actor);
        List<ItemPlace> places = new ArrayList<>();
        for (int i = 0; i < itemIds.size(); i++) {
            String region = String.valueOf(report.items().get(i).regionCode()).strip();
            places.add(new ItemPlace(
                    itemIds.get(i), network.reportingPointOf(region).orElse(null), region));
        }
        FilingService.FiledReport filed = filings.fileSubmitted(report.unitCode(), report.period(), places);
        return new Filed(reportId, itemIds, filed.state());
    }

    private void publish(QuarterlyReport report, UUID reportId, List<UUID> itemIds, Actor actor) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        QuarterlyReportFiled fact = new QuarterlyReportFiled(
                EventIds.derive(Topics.QUARTERLY_REPORT_FILED.eventType(), reportId),
                now,
                reportId,
                report.unitCode(),
                report.period(),
                report.workDynamics(),
                report.salientProblems(),
                report.handlingStatus(),
                report.dataTable(),
                itemIds,
                actor.subject());
        sends.sendAll(
                List.of(new ProducerRecord<>(Topics.QUARTERLY_REPORT_FILED.name(), key(report), fact)),
                "quarterly report");
    }

    /** The topic's key and the report's identity: one report per unit and quarter, as one filing. */
    static String key(QuarterlyReport report) {
        return report.unitCode() + "|" + report.period();
    }

    private static List<Violation> byItem(BatchRefused refused) {
        List<Violation> violations = new ArrayList<>();
        for (Map.Entry<Integer, List<Violation>> entry : refused.byPosition().entrySet()) {
            entry.getValue()
                    .forEach(v ->
                            violations.add(new Violation("items[" + entry.getKey() + "]." + v.field(), v.message())));
        }
        return violations;
    }
}
