/**
 * The audit trail as each service writes it: an {@link org.qingfeng.support.audit.AuditEntry} per
 * audited act, published with the caller as actor to {@code audit.audit-recorded.v1} and
 * acknowledged before the act's answer leaves the service. The audit service chains them.
 */
@NullMarked
package org.qingfeng.support.audit;

import org.jspecify.annotations.NullMarked;
