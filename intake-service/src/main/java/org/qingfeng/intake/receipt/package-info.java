/** Receipts handed to submitters and their keyed digests; plain Java. */
@NullMarked
package org.qingfeng.intake.receipt;

import org.jspecify.annotations.NullMarked;
