package org.qingfeng.intake.rules;

/**
 * One broken rule, named by the field that breaks it.
 *
 * @param field the path of the field in the request, such as {@code regionCode} or {@code [2].parentCode}
 * @param message Chinese first, then English after " / "
 */
public record Violation(String field, String message) {}
