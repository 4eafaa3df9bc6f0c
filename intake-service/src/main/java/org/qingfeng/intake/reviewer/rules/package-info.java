/** How names are checked and compared, and which parts of an item's text could be a name: plain Java. */
@NullMarked
package org.qingfeng.intake.reviewer.rules;

import org.jspecify.annotations.NullMarked;
