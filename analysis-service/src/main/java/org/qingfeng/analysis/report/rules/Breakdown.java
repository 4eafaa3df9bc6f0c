package org.qingfeng.analysis.report.rules;

/** One row of a breakdown (by township, subject area or channel): items received and handled. */
public record Breakdown(String code, long items, long handled) {}
