package org.qingfeng.analysis.index;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings under {@code analysis.index.*}.
 *
 * @param defaultMethod the method version answered when a request names none, and frozen at a close
 * @param minCount below county level, a row with fewer items than this behind it (and more than none)
 *     is suppressed
 * @param maxTrendQuarters the most quarters {@code GET /api/index/trend} answers
 */
@ConfigurationProperties("analysis.index")
record IndexProperties(
        @DefaultValue("index-1") String defaultMethod,
        @DefaultValue("3") int minCount,
        @DefaultValue("40") int maxTrendQuarters) {}
