package org.qingfeng.analysis.report;

/** The configured font file for the PDF is missing or unreadable: no PDF rather than one of empty boxes. */
class NoChineseFont extends RuntimeException {

    NoChineseFont(String message, Throwable cause) {
        super(message, cause);
    }

    NoChineseFont(String message) {
        super(message);
    }
}
