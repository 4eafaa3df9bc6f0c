/** Shared Kafka listener support: one write per poll, and naming the record that cannot be processed. */
@NullMarked
package org.qingfeng.intake.messaging;

import org.jspecify.annotations.NullMarked;
