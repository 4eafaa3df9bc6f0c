package org.qingfeng.contracts;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.qingfeng.contracts.analysis.FindingPublished;
import org.qingfeng.contracts.analysis.ItemTriaged;
import org.qingfeng.contracts.analysis.PeriodClosed;
import org.qingfeng.contracts.analysis.ReportDraftEdited;
import org.qingfeng.contracts.analysis.ReviewerConflictDeclared;
import org.qingfeng.contracts.analysis.RiskPointRecorded;
import org.qingfeng.contracts.audit.AuditRecorded;
import org.qingfeng.contracts.disposal.CaseAttachmentChunk;
import org.qingfeng.contracts.disposal.CaseStepped;
import org.qingfeng.contracts.disposal.ReminderRequested;
import org.qingfeng.contracts.disposal.WarningIssued;
import org.qingfeng.contracts.intake.AttachmentChunk;
import org.qingfeng.contracts.intake.FollowUpRecorded;
import org.qingfeng.contracts.intake.InformantChanged;
import org.qingfeng.contracts.intake.InformantRecorded;
import org.qingfeng.contracts.intake.ItemMatched;
import org.qingfeng.contracts.intake.ItemSubmitted;
import org.qingfeng.contracts.intake.NetworkNodeChanged;
import org.qingfeng.contracts.intake.QuarterlyReportFiled;
import org.qingfeng.contracts.intake.ReportingComplianceChanged;
import org.qingfeng.contracts.intake.ReportingContactsChanged;
import org.qingfeng.contracts.intake.ReviewerNamed;
import org.qingfeng.contracts.intake.ReviewerNamesRegistered;
import org.qingfeng.contracts.intake.SubmissionReceived;

/**
 * The one place pairing every topic with its key and value. Names follow {@code
 * <owner>.<fact>.v<N>}; dead-letter topics are {@code <consumer>.<fact>.v<N>.dlt}.
 */
public final class Topics {

    /** Kafka is the system of record for submissions: these topics are never truncated by time. */
    private static final Map<String, String> KEEP_FOREVER = Map.of("retention.ms", "-1", "retention.bytes", "-1");

    /** Compacted: the latest record per key is the state, older ones are cleaned away, never by time. */
    private static final Map<String, String> COMPACTED = Map.of("cleanup.policy", "compact");

    public static final TopicSpec NETWORK_CHANGED = new TopicSpec(
            "intake.network-changed.v1", NetworkNodeChanged.class, "network-node-changed", "node code", COMPACTED);

    /** Intake's private, sealed roster: only intake reads it. */
    public static final TopicSpec INFORMANT_RECORDED = new TopicSpec(
            "intake.informant-records.v1", InformantRecorded.class, "informant-recorded", "informant token", COMPACTED);

    /** The public roster: pseudonymous tokens with their point and status, nothing personal. */
    public static final TopicSpec INFORMANT_CHANGED = new TopicSpec(
            "intake.informant-changed.v1", InformantChanged.class, "informant-changed", "informant token", COMPACTED);

    /** Intake's private, sealed list of whom each reporting unit's reminders go to. */
    public static final TopicSpec REPORTING_CONTACTS = new TopicSpec(
            "intake.reporting-contacts.v1",
            ReportingContactsChanged.class,
            "reporting-contacts-changed",
            "unit code",
            COMPACTED);

    public static final TopicSpec REPORTING_COMPLIANCE = new TopicSpec(
            "intake.reporting-compliance.v1",
            ReportingComplianceChanged.class,
            "reporting-compliance-changed",
            "unit code|period",
            COMPACTED);

    public static final TopicSpec SUBMISSION_RECEIVED = new TopicSpec(
            "intake.submission-received.v1", SubmissionReceived.class, "submission-received", "item id", KEEP_FOREVER);

    public static final TopicSpec ITEM_SUBMITTED =
            new TopicSpec("intake.item-submitted.v1", ItemSubmitted.class, "item-submitted", "item id", KEEP_FOREVER);

    /** Intake's private, sealed store of submitted files; each record is one chunk of one file. */
    public static final TopicSpec ATTACHMENT_CHUNKS = new TopicSpec(
            "intake.attachment-chunks.v1", AttachmentChunk.class, "attachment-chunk", "attachment id", KEEP_FOREVER);

    /** The anonymous conversation about items: questions, answers, confirmations of rectification. */
    public static final TopicSpec FOLLOW_UP_RECORDED = new TopicSpec(
            "intake.item-follow-up.v1", FollowUpRecorded.class, "follow-up-recorded", "item id", KEEP_FOREVER);

    /** Duplicates and links intake found among the items' texts. */
    public static final TopicSpec ITEM_MATCHED =
            new TopicSpec("intake.item-matched.v1", ItemMatched.class, "item-matched", "item id", KEEP_FOREVER);

    public static final TopicSpec QUARTERLY_REPORT_FILED = new TopicSpec(
            "intake.quarterly-reports.v1",
            QuarterlyReportFiled.class,
            "quarterly-report-filed",
            "unit code|period",
            KEEP_FOREVER);

    public static final TopicSpec WARNING_ISSUED = new TopicSpec(
            "disposal.warning-issued.v1", WarningIssued.class, "warning-issued", "warning id", KEEP_FOREVER);

    public static final TopicSpec ITEM_TRIAGED =
            new TopicSpec("analysis.item-triaged.v1", ItemTriaged.class, "item-triaged", "item id", KEEP_FOREVER);

    /** Reviewers' ties (home township, units, items) that keep items off their triage board. */
    public static final TopicSpec REVIEWER_CONFLICTS = new TopicSpec(
            "analysis.reviewer-conflicts.v1",
            ReviewerConflictDeclared.class,
            "reviewer-conflict-declared",
            "conflict id",
            COMPACTED);

    /** Intake's private list of each reviewer's name digests, compacted by reviewer. */
    public static final TopicSpec REVIEWER_NAMES = new TopicSpec(
            "intake.reviewer-names.v1",
            ReviewerNamesRegistered.class,
            "reviewer-names-registered",
            "reviewer subject",
            COMPACTED);

    /** Items whose concerned persons include a reviewer's registered name; only ids travel. */
    public static final TopicSpec REVIEWER_NAMED =
            new TopicSpec("intake.reviewer-named.v1", ReviewerNamed.class, "reviewer-named", "item id", KEEP_FOREVER);

    /** Salient problems published for disposal or as analysis exchanges to competent departments. */
    public static final TopicSpec FINDINGS = new TopicSpec(
            "analysis.findings.v1", FindingPublished.class, "finding-published", "finding id", KEEP_FOREVER);

    /** Closes and reopenings of months and quarters, with the frozen figures of each version. */
    public static final TopicSpec PERIOD_CLOSED = new TopicSpec(
            "analysis.period-closes.v1", PeriodClosed.class, "period-closed", "station code|period", KEEP_FOREVER);

    /** The risk-point register: the latest record per point is the register. */
    public static final TopicSpec RISK_POINTS = new TopicSpec(
            "analysis.risk-points.v1", RiskPointRecorded.class, "risk-point-recorded", "risk point id", COMPACTED);

    /** Revisions of the quarterly report's narrative parts, as staff edit them before the close. */
    public static final TopicSpec REPORT_DRAFTS = new TopicSpec(
            "analysis.report-drafts.v1",
            ReportDraftEdited.class,
            "report-draft-edited",
            "station code|quarter",
            KEEP_FOREVER);

    /** Disposal cases step by step: the four-colour ladder and its alternatives, per case in order. */
    public static final TopicSpec CASE_STEPS =
            new TopicSpec("disposal.case-steps.v1", CaseStepped.class, "case-stepped", "case id", KEEP_FOREVER);

    /** Disposal's own store of case files (replies, talk records); only disposal reads it. */
    public static final TopicSpec CASE_ATTACHMENTS = new TopicSpec(
            "disposal.case-attachments.v1",
            CaseAttachmentChunk.class,
            "case-attachment-chunk",
            "attachment id",
            KEEP_FOREVER);

    /** Reminders before a case's deadline, sent by intake to the recipient's sealed contacts. */
    public static final TopicSpec REMINDERS = new TopicSpec(
            "disposal.reminders.v1", ReminderRequested.class, "reminder-requested", "case id", KEEP_FOREVER);

    /**
     * Every audited act, from every service. One partition: the audit service chains the records in
     * the one order the topic gives them, and only one consumer can hold it.
     */
    public static final TopicSpec AUDIT_RECORDED =
            new TopicSpec("audit.audit-recorded.v1", AuditRecorded.class, "audit-recorded", "service", KEEP_FOREVER, 1);

    public static final List<TopicSpec> ALL = List.of(
            NETWORK_CHANGED,
            INFORMANT_RECORDED,
            INFORMANT_CHANGED,
            REPORTING_CONTACTS,
            REPORTING_COMPLIANCE,
            SUBMISSION_RECEIVED,
            ITEM_SUBMITTED,
            ATTACHMENT_CHUNKS,
            FOLLOW_UP_RECORDED,
            ITEM_MATCHED,
            QUARTERLY_REPORT_FILED,
            ITEM_TRIAGED,
            REVIEWER_CONFLICTS,
            REVIEWER_NAMES,
            REVIEWER_NAMED,
            FINDINGS,
            PERIOD_CLOSED,
            RISK_POINTS,
            REPORT_DRAFTS,
            WARNING_ISSUED,
            CASE_STEPS,
            CASE_ATTACHMENTS,
            REMINDERS,
            AUDIT_RECORDED);

    private Topics() {}

    /** The spec of a topic, or of the topic a dead-letter topic holds records of. */
    public static Optional<TopicSpec> byName(String topic) {
        return ALL.stream()
                .filter(t -> t.name().equals(topic) || topic.endsWith("." + factOf(t) + ".dlt"))
                .findFirst();
    }

    public static Optional<TopicSpec> byValueType(Class<?> type) {
        return ALL.stream().filter(t -> t.valueType().equals(type)).findFirst();
    }

    private static String factOf(TopicSpec t) {
        return t.name().substring(t.name().indexOf('.') + 1);
    }
}
