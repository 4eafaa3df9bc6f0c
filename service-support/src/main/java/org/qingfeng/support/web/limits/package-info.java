/** Input limits every servlet service sets explicitly: body size and the JSON reader's constraints. */
@NullMarked
package org.qingfeng.support.web.limits;

import org.jspecify.annotations.NullMarked;
