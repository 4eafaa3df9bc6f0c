package org.qingfeng.disposal.store;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/** The one metric of every projection: {@code disposal.projections.written{collection}}. */
public final class Projected {

    private Projected() {}

    /** Documents a projection inserted or changed; a replay that changes nothing adds nothing. */
    public static Counter counter(MeterRegistry registry, String collection) {
        return Counter.builder("disposal.projections.written")
                .description("Documents a projection inserted or changed")
                .tag("collection", collection)
                .register(registry);
    }
}
