/** The console's language: Chinese by default, English on request, remembered in a cookie. */
@NullMarked
package org.qingfeng.gateway.language;

import org.jspecify.annotations.NullMarked;
