/**
 * Kafka as every service uses it: one write per poll, sends that wait for the broker, one retry
 * policy with dead-letter topics, topic declarations and the readiness check.
 */
@NullMarked
package org.qingfeng.support.kafka;

import org.jspecify.annotations.NullMarked;
