package org.qingfeng.gateway.console;

import io.micrometer.observation.ObservationRegistry;
import java.util.EnumMap;
import java.util.Map;
import org.qingfeng.gateway.Backend;
import org.qingfeng.gateway.GatewayProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.http.codec.CodecCustomizer;
import org.springframework.security.oauth2.client.ReactiveOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.reactive.function.client.ServerOAuth2AuthorizedClientExchangeFilterFunction;
import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * One client per service for the console's reads and writes: the service's base address, the
 * application's codecs and observed calls, so that the console's calls show in the same traces.
 * Every call carries the signed-in user's access token (refreshed when it expired), so each service
 * checks the person, not the gateway.
 */
@Component
class BackendClients {

    private final Map<Backend, WebClient> clients = new EnumMap<>(Backend.class);

    BackendClients(
            GatewayProperties properties,
            ObjectProvider<CodecCustomizer> codecs,
            ObservationRegistry observations,
            ReactiveOAuth2AuthorizedClientManager authorizedClients) {
        ServerOAuth2AuthorizedClientExchangeFilterFunction relay =
                new ServerOAuth2AuthorizedClientExchangeFilterFunction(authorizedClients);
        relay.setDefaultOAuth2AuthorizedClient(true);
        for (Backend backend : Backend.values()) {
            clients.put(
                    backend,
                    WebClient.builder()
                            .baseUrl(properties.backends().of(backend).toString())
                            .codecs(configurer -> codecs.orderedStream().forEach(c -> c.customize(configurer)))
                            .observationRegistry(observations)
                            .filter(relay)
                            .build());
        }
    }

    WebClient of(Backend backend) {
        return clients.get(backend);
    }
}
