/** HTTP errors as RFC 9457 problem details, titles Chinese first. */
@NullMarked
package org.qingfeng.disposal.web;

import org.jspecify.annotations.NullMarked;
