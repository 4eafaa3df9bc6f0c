package org.qingfeng.disposal.notice.rules;

import org.qingfeng.contracts.analysis.FindingPublished;

/**
 * The three facts of a finding a notice may name: the month analysed, the kind of problem and the
 * subject area's code. Never its evidence, region or items.
 */
public record FindingFacts(String period, FindingPublished.FindingKind kind, String subjectArea) {}
