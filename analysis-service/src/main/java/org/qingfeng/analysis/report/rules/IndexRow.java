package org.qingfeng.analysis.report.rules;

import org.jspecify.annotations.Nullable;

/** One node's integrity index for the quarter, as the index feature publishes it. */
public record IndexRow(String node, double score, @Nullable String grade) {}
