package org.qingfeng.analysis.rules;

/**
 * One broken rule, named by the field that breaks it.
 *
 * @param field the field of the body or the parameter, such as {@code relatedItemId} or {@code to}
 * @param message Chinese first, then English after " / "
 */
public record Violation(String field, String message) {}
