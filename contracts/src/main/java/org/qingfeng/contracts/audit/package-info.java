/** The audit trail's events: who did what to which record, when and why, never the record itself. */
@NullMarked
package org.qingfeng.contracts.audit;

import org.jspecify.annotations.NullMarked;
