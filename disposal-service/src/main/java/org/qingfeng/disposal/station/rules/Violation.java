package org.qingfeng.disposal.station.rules;

/**
 * One field of a request that is not acceptable.
 *
 * @param message Chinese first, then English after " / "
 */
public record Violation(String field, String message) {

    static final String REQUIRED = "必填 / required";
}
