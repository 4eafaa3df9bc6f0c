package org.qingfeng.gateway.console;

import io.micrometer.observation.ObservationRegistry;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;
import org.qingfeng.gateway.Backend;
import org.qingfeng.gateway.GatewayProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.http.codec.CodecCustomizer;
import org.springframework.cloud.client.circuitbreaker.ReactiveCircuitBreakerFactory;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.core.publisher.Mono;

/**
 * Reads the services' query APIs for the console, through the same circuit breakers as the routes,
 * so a service that is down shows as unavailable at once instead of holding the page.
 */
@Component
class ConsoleReader {

    private static final Logger log = LoggerFactory.getLogger(ConsoleReader.class);

    private final Map<Backend, WebClient> clients = new EnumMap<>(Backend.class);
    private final ReactiveCircuitBreakerFactory<?, ?> breakers;
    private final GatewayProperties.Console settings;

    ConsoleReader(
            GatewayProperties properties,
            ReactiveCircuitBreakerFactory<?, ?> breakers,
            ObjectProvider<CodecCustomizer> codecs,
            ObservationRegistry observations) {
        this.breakers = breakers;
        this.settings = properties.console();
        for (Backend backend : Backend.values()) {
            clients.put(
                    backend,
                    WebClient.builder()
                            .baseUrl(properties.backends().of(backend).toString())
                            .codecs(configurer -> codecs.orderedStream().forEach(c -> c.customize(configurer)))
                            .observationRegistry(observations)
                            .build());
        }
    }

    Mono<Panel<ItemLine>> recentItems() {
        ZoneId zone = settings.zone();
        return read(Backend.INTAKE, "/api/items?limit={limit}", RecentItems.class)
                .map(page -> page.items().stream().map(item -> ItemLine.from(item, zone)))
                .map(lines -> Panel.of(lines.toList()))
                .onErrorResume(unavailable(Backend.INTAKE));
    }

    Mono<Panel<WarningLine>> recentWarnings() {
        ZoneId zone = settings.zone();
        return read(Backend.DISPOSAL, "/api/warnings?limit={limit}", RecentWarnings.class)
                .map(page -> page.warnings().stream().map(warning -> WarningLine.from(warning, zone)))
                .map(lines -> Panel.of(lines.toList()))
                .onErrorResume(unavailable(Backend.DISPOSAL));
    }

    Mono<Panel<ColourCount>> warningsByColour() {
        return read(Backend.DISPOSAL, "/api/warnings/summary", WarningSummary.class)
                .map(summary -> Panel.of(WarningTally.of(summary.byColour())))
                .onErrorResume(unavailable(Backend.DISPOSAL));
    }

    private <T> Mono<T> read(Backend backend, String uri, Class<T> type) {
        Mono<T> call = clients.get(backend)
                .get()
                .uri(uri, settings.rows())
                .accept(MediaType.APPLICATION_JSON)
                .retrieve()
                .bodyToMono(type)
                .timeout(settings.readTimeout());
        return breakers.create(backend.id()).run(call);
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
