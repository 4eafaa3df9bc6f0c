/** Nodes and their counts: plain Java. */
@NullMarked
package org.qingfeng.disposal.network.rules;

import org.jspecify.annotations.NullMarked;
