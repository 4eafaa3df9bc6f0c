/** Facts published by disposal-service: warnings issued on the four-colour ladder. */
@NullMarked
package org.qingfeng.contracts.disposal;

import org.jspecify.annotations.NullMarked;
