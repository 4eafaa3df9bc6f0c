/** The quarterly report (季度分析报告): drafts, suggested texts from figures and findings, .docx and PDF. */
@NullMarked
package org.qingfeng.analysis.report;

import org.jspecify.annotations.NullMarked;
