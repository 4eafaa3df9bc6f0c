/** Nodes, roster entries and subtrees: plain Java. */
@NullMarked
package org.qingfeng.analysis.network.rules;

import org.jspecify.annotations.NullMarked;
