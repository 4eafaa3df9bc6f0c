/** The hash chain of audit records: appended from the audit topic, anchored, read back scoped, and verified. */
@NullMarked
package org.qingfeng.audit.chain;

import org.jspecify.annotations.NullMarked;
