/** Rules of the reporting rhythm: periods, windows on the working-day calendar, filings, reminder texts; plain Java. */
@NullMarked
package org.qingfeng.intake.rhythm.rules;

import org.jspecify.annotations.NullMarked;
