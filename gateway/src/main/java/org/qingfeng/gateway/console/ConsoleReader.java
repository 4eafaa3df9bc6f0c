package org.qingfeng.gateway.console;

import java.time.ZoneId;
import java.util.function.Function;
import org.qingfeng.gateway.Backend;
import org.qingfeng.gateway.GatewayProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The console's panels: each reads its service and shows it as unavailable when it cannot; the
 * network names come from a cache, so a table costs no request per row.
 */
@Component
class ConsoleReader {

    private static final Logger log = LoggerFactory.getLogger(ConsoleReader.class);

    private final ServiceReads services;
    private final NetworkNames names;
    private final GatewayProperties.Console settings;

    ConsoleReader(ServiceReads services, NetworkNames names, GatewayProperties properties) {
        this.services = services;
        this.names = names;
        this.settings = properties.console();
    }

    Mono<Panel<ItemLine>> recentItems() {
        ZoneId zone = settings.zone();
        Mono<RecentItems> items = services.get(
                Backend.INTAKE,
                "/api/items?limit={limit}",
                body -> body.bodyToMono(RecentItems.class),
                settings.rows());
        return Mono.zip(items, names.current())
                .map(read -> Panel.of(read.getT1().items().stream()
                        .map(item -> ItemLine.from(item, read.getT2(), zone))
                        .toList()))
                .onErrorResume(unavailable(Backend.INTAKE));
    }

    /** The open cases, as disposal sorts them: overdue first, then the nearest deadline. */
    Mono<Panel<WarningLine>> recentWarnings() {
        ZoneId zone = settings.zone();
        return services.get(
                        Backend.DISPOSAL,
                        "/api/cases?state=OPEN&limit={limit}",
                        body -> body.bodyToMono(RecentCases.class),
                        settings.rows())
                .map(open -> Panel.of(open.cases().stream()
                        .map(c -> WarningLine.from(c, zone))
                        .toList()))
                .onErrorResume(unavailable(Backend.DISPOSAL));
    }

    /** The unfinished cases in scope by colour ({@code GET /api/cases/summary}). */
    Mono<Panel<ColourCount>> warningsByColour() {
        return services.get(Backend.DISPOSAL, "/api/cases/summary", body -> body.bodyToMono(WarningSummary.class))
                .map(summary -> Panel.of(WarningTally.of(summary.byColour())))
                .onErrorResume(unavailable(Backend.DISPOSAL));
    }

    private static <T> Function<Throwable, Mono<Panel<T>>> unavailable(Backend backend) {
        return failure -> {
            log.debug(
                    "Console shows {} as unavailable: {}",
                    backend.id(),
                    failure.getClass().getSimpleName());
            return Mono.just(Panel.<T>unavailable());
        };
    }
}
