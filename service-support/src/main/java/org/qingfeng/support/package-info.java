/** The wiring every Qingfeng service shares, auto-configured so that the services keep only what is theirs. */
@NullMarked
package org.qingfeng.support;

import org.jspecify.annotations.NullMarked;
