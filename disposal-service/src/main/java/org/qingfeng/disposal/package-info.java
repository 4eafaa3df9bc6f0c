/** disposal-service: turns items into four-colour warnings and publishes them. */
@NullMarked
package org.qingfeng.disposal;

import org.jspecify.annotations.NullMarked;
