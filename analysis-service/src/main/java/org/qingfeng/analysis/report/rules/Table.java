package org.qingfeng.analysis.report.rules;

import java.util.List;

/** A data table of the report, cells as displayed. */
public record Table(String title, List<String> columns, List<List<String>> rows) {}
