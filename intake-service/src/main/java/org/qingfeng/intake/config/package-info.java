/** Wiring only: topics, dead letters, error handling, Mongo database, Kafka health. */
@NullMarked
package org.qingfeng.intake.config;

import org.jspecify.annotations.NullMarked;
