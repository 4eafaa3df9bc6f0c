/** Rules of the workbook: its sheets and columns, the Chinese labels, and rows read into drafts; plain Java. */
@NullMarked
package org.qingfeng.intake.workbook.rules;

import org.jspecify.annotations.NullMarked;
