package org.qingfeng.support.web;

/**
 * One bad field of a request, an element of a problem's {@code errors} list.
 *
 * @param field the path of the field, such as {@code regionCode}, {@code [2].parentCode} or a parameter name
 * @param message Chinese first, then English after " / "
 */
public record FieldProblem(String field, String message) {}
