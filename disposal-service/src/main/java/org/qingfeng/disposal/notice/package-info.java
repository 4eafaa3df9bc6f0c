/** Official notices of a case (GB/T 9704 layout) as PDF and OFD, and the fonts they embed. */
@NullMarked
package org.qingfeng.disposal.notice;

import org.jspecify.annotations.NullMarked;
