/** Wiring only: Kafka error handling and dead letters, the Mongo database. */
@NullMarked
package org.qingfeng.analysis.config;

import org.jspecify.annotations.NullMarked;
