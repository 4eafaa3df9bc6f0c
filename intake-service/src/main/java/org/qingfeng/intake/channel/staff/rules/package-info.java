/** Rules of staff entry: which channels staff enter and who the submitter then is; plain Java. */
@NullMarked
package org.qingfeng.intake.channel.staff.rules;

import org.jspecify.annotations.NullMarked;
