/** The network registry: loading nodes, publishing them, projecting them and serving the in-memory view. */
@NullMarked
package org.qingfeng.intake.network;

import org.jspecify.annotations.NullMarked;
