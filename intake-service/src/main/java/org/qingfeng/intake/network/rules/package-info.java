/** Rules of the network tree: validation of node batches and the walk up to a reporting point; plain Java. */
@NullMarked
package org.qingfeng.intake.network.rules;

import org.jspecify.annotations.NullMarked;
