/** A real Apache Kafka broker in KRaft mode, run from Kafka's own server classes inside this JVM. */
@NullMarked
package org.qingfeng.localstack.broker;

import org.jspecify.annotations.NullMarked;
