/** The console's 网络 page: the network tree from intake's registry, one node's form, workbook import and export. */
@NullMarked
package org.qingfeng.gateway.console.network;

import org.jspecify.annotations.NullMarked;
