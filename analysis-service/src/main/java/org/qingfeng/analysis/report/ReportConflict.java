package org.qingfeng.analysis.report;

/** A draft edit refused because the quarter is closed or the editor did not start from the latest revision. */
class ReportConflict extends RuntimeException {

    ReportConflict(String message) {
        super(message);
    }
}
