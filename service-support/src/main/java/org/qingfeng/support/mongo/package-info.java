/** The service's own Mongo database, written with majority and journal acknowledgement, and its readiness check. */
@NullMarked
package org.qingfeng.support.mongo;

import org.jspecify.annotations.NullMarked;
