/** audit-service: chains every audited act into a tamper-evident hash chain, anchors it outside the database and verifies it. */
@NullMarked
package org.qingfeng.audit;

import org.jspecify.annotations.NullMarked;
