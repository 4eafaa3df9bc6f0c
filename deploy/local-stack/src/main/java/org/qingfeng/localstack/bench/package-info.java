/** The bench: open-loop latency of the spine beside its baselines (HTTP ping, raw Kafka producer). */
@NullMarked
package org.qingfeng.localstack.bench;

import org.jspecify.annotations.NullMarked;
