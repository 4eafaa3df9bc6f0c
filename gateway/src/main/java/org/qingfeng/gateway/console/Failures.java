package org.qingfeng.gateway.console;

import java.util.function.Function;
import java.util.function.Supplier;
import org.qingfeng.gateway.Backend;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Mono;

/**
 * What a console page shows instead when a service cannot be read or reached. Logs the service and
 * the exception's class only: a message could quote a request that carried an identity.
 */
public final class Failures {

    private static final Logger log = LoggerFactory.getLogger(Failures.class);

    private Failures() {}

    public static <T> Function<Throwable, Mono<T>> instead(Backend backend, Supplier<T> fallback) {
        return failure -> {
            log.debug(
                    "Console shows {} as unavailable: {}",
                    backend.id(),
                    failure.getClass().getSimpleName());
            return Mono.fromSupplier(fallback);
        };
    }

    public static <T> Function<Throwable, Mono<Panel<T>>> unavailablePanel(Backend backend) {
        return instead(backend, Panel::unavailable);
    }
}
