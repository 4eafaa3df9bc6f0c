/** Receipt holders' verdicts on rectification, recorded against the cases of their items. */
@NullMarked
package org.qingfeng.disposal.confirmation;

import org.jspecify.annotations.NullMarked;
