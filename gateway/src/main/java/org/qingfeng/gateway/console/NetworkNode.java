package org.qingfeng.gateway.console;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

/** What the console reads of one node in intake's {@code GET /api/network/nodes}: its name. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record NetworkNode(
        @Nullable String code,
        @Nullable String kind,
        @Nullable String name) {}
