/** The {@code Idempotency-Key} header on every POST: a retried request is answered once, then replayed. */
@NullMarked
package org.qingfeng.support.web.idempotency;

import org.jspecify.annotations.NullMarked;
