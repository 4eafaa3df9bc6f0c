/** Duplicates and links among items: the listener that signs and matches each item, its state and the matches read. */
@NullMarked
package org.qingfeng.intake.dedup;

import org.jspecify.annotations.NullMarked;
