/** The one way for every test to reach a real Kafka broker and a MongoDB wire server, and to act on the broker. */
@NullMarked
package org.qingfeng.testsupport;

import org.jspecify.annotations.NullMarked;
