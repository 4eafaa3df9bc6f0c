/** Wiring only: topics, Kafka templates and error handling with dead letters, the Mongo database. */
@NullMarked
package org.qingfeng.disposal.config;

import org.jspecify.annotations.NullMarked;
