package org.qingfeng.contracts.audit;

/** What was done. Reads are audited as well as changes: every read of an item must be provable later. */
public enum AuditAction {
    /** One item read in full. */
    ITEM_READ,
    /** A list of items read; the target is the scope node, the detail the number of items shown. */
    ITEM_LIST,
    /** An informant's sealed identity opened by the custodian, always with a reason. */
    IDENTITY_REVEALED,
    /** A triage decision on an item. */
    TRIAGE_DECIDED,
    /** An informant appointed, suspended, dismissed, trained, contacted or assessed. */
    INFORMANT_CHANGED,
    /** A registry node created or changed, or a workbook imported. */
    NETWORK_CHANGED,
    /** A reporting unit's contacts or a filed report. */
    REPORTING_CHANGED,
    /** A disposal decision on a warning or case. */
    DISPOSAL_DECIDED,
    /** A user account created, changed, locked, unlocked or given a new password. */
    USER_CHANGED,
    /** A sign-in that succeeded, failed or was refused by the lockout. */
    SIGN_IN,
    /** An export of data (a workbook, a report). */
    EXPORTED,
    /** A request refused for lack of role or scope. */
    ACCESS_DENIED,
    /** An item entered by staff on someone's behalf (a letter, a call, a visit); the target is the item. */
    ITEM_ENTERED,
    /** Items taken in from a file or a report (a monthly batch, a quarterly report); the detail counts them. */
    ITEMS_IMPORTED,
    /** An item kept off a reviewer's triage board (same township, named in it, a declared conflict). */
    REVIEWER_EXCLUDED,
    /** A month or quarter closed or reopened; the detail is the version. */
    PERIOD_CLOSED,
    /** A finding published for disposal or as an analysis exchange. */
    FINDING_PUBLISHED,
    /** The risk-point register changed: a point recorded, retired, self-checked, or a workbook imported. */
    REGISTER_CHANGED,
    /** A reviewer's conflict declared or withdrawn, or a reviewer's names registered for matching. */
    CONFLICT_DECLARED,
    /** A disposal case opened by hand, a notice issued, a talk scheduled or recorded, a case referred. */
    CASE_CHANGED,
    /** A department acknowledged a case's notice or replied to it. */
    CASE_ANSWERED
}
