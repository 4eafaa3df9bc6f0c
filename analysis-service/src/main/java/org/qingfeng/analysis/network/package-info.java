/** The network as analysis sees it: intake's registry and public roster, projected, counted and walked for scopes. */
@NullMarked
package org.qingfeng.analysis.network;

import org.jspecify.annotations.NullMarked;
