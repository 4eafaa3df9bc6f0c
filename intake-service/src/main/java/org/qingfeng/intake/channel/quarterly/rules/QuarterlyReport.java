package org.qingfeng.intake.channel.quarterly.rules;

import java.util.List;
import org.qingfeng.contracts.intake.QuarterlyReportFiled.Figure;
import org.qingfeng.intake.submission.rules.SubmissionDraft;

/**
 * A quarterly report that passed its own rules, its text normalised (NFC); its items still go through
 * the submission rules.
 *
 * @param items each forced to the monitoring-report channel and submitter, its region defaulted to the unit
 */
public record QuarterlyReport(
        String unitCode,
        String period,
        String workDynamics,
        String salientProblems,
        String handlingStatus,
        List<Figure> dataTable,
        List<SubmissionDraft> items) {

    public QuarterlyReport {
        dataTable = List.copyOf(dataTable);
        items = List.copyOf(items);
    }

    /** Never the narrative parts. */
    @Override
    public String toString() {
        return "QuarterlyReport[" + unitCode + ", " + period + ", items=" + items.size() + "]";
    }
}
