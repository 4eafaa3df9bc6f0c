package org.qingfeng.analysis.triage.rules;

import java.util.UUID;

/**
 * An item intake found this one to repeat or relate to, or one found to repeat or relate to this one.
 *
 * @param relation {@code SAME_INCIDENT} or {@code SAME_PROBLEM_ELSEWHERE}
 */
public record BoardMatch(UUID itemId, String relation, double similarity) {}
