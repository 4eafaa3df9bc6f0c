/** Every HTTP error as an RFC 9457 problem: titles Chinese first, then English, and an {@code errors} list. */
@NullMarked
package org.qingfeng.support.web;

import org.jspecify.annotations.NullMarked;
