/** Warnings on the four-colour ladder (四色预警): chosen by a colour policy, stored, published. */
@NullMarked
package org.qingfeng.disposal.warning;

import org.jspecify.annotations.NullMarked;
