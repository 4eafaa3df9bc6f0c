/** The network as disposal sees it: intake's registry, projected and counted; cases will be opened against its nodes. */
@NullMarked
package org.qingfeng.disposal.network;

import org.jspecify.annotations.NullMarked;
