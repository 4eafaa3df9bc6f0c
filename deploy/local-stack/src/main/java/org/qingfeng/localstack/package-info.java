/** The whole network on one machine: broker, Mongo stand-in and the four services, with a demo county. */
@NullMarked
package org.qingfeng.localstack;

import org.jspecify.annotations.NullMarked;
