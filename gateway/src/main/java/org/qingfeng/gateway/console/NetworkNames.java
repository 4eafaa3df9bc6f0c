package org.qingfeng.gateway.console;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import org.qingfeng.gateway.Backend;
import org.qingfeng.gateway.GatewayProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The network's names from intake's registry, read at most once per {@code gateway.console.names-ttl}
 * whatever the number of rows or viewers. When intake cannot be read the names last read stay (none
 * before the first read, so the codes show) until the next try, one time-to-live later.
 */
@Component
public class NetworkNames {

    private static final Logger log = LoggerFactory.getLogger(NetworkNames.class);

    private final AtomicReference<NodeNames> lastRead = new AtomicReference<>(NodeNames.none());
    private final Mono<NodeNames> current;

    @Autowired
    NetworkNames(ServiceReads services, GatewayProperties properties) {
        this(
                services.get(Backend.INTAKE, "/api/network/nodes", body -> body.bodyToFlux(NetworkNode.class)
                                .collectList())
                        .map(NodeNames::of),
                properties.console().namesTtl());
    }

    NetworkNames(Mono<NodeNames> registry, Duration timeToLive) {
        this.current = registry.doOnNext(this::remember)
                .onErrorResume(failure -> {
                    log.debug(
                            "Console keeps the network names it has: {}",
                            failure.getClass().getSimpleName());
                    return Mono.fromSupplier(lastRead::get);
                })
                .cache(timeToLive);
    }

    /** The names, from the cache while it is fresh; never an error. */
    public Mono<NodeNames> current() {
        return current;
    }

    /**
     * The names of nodes a page has just read for its choices, so that it need not read the
     * registry twice; the cached names when that read failed.
     */
    public Mono<NodeNames> from(Panel<NetworkNode> nodes) {
        return nodes.available() ? Mono.just(NodeNames.of(nodes.rows())) : current();
    }

    private void remember(NodeNames names) {
        lastRead.set(names);
        log.debug("Console read {} network names", names.size());
    }
}
