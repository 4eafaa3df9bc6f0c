/** The quarterly report's rules: quarters, figures into tables, generated texts, draft limits; plain Java. */
@NullMarked
package org.qingfeng.analysis.report.rules;

import org.jspecify.annotations.NullMarked;
