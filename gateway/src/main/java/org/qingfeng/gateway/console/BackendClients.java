package org.qingfeng.gateway.console;

import io.micrometer.observation.ObservationRegistry;
import java.util.EnumMap;
import java.util.Map;
import org.qingfeng.gateway.Backend;
import org.qingfeng.gateway.GatewayProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.http.codec.CodecCustomizer;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * One client per service for the console's reads and writes: the service's base address, the
 * application's codecs and observed calls, so that the console's calls show in the same traces.
 */
@Component
class BackendClients {

    private final Map<Backend, WebClient> clients = new EnumMap<>(Backend.class);

    BackendClients(
            GatewayProperties properties, ObjectProvider<CodecCustomizer> codecs, ObservationRegistry observations) {
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

    WebClient of(Backend backend) {
        return clients.get(backend);
    }
}
