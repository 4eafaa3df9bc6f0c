/** Analysis's own errors as RFC 9457 problems, on top of the problems every service answers. */
@NullMarked
package org.qingfeng.analysis.web;

import org.jspecify.annotations.NullMarked;
