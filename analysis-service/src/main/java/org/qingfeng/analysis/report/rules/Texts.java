package org.qingfeng.analysis.report.rules;

/** The three narrative parts of a quarterly report: 工作动态, 突出问题, 处置情况. */
public record Texts(String workDynamics, String salientProblems, String handlingStatus) {}
