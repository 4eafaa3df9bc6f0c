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
    private final Map<Backend, WebClient> anonymous = new EnumMap<>(Backend.class);

    BackendClients(
            GatewayProperties properties,
            ObjectProvider<CodecCustomizer> codecs,
            ObservationRegistry observations,
            ReactiveOAuth2AuthorizedClientManager authorizedClients) {
        ServerOAuth2AuthorizedClientExchangeFilterFunction relay =
                new ServerOAuth2AuthorizedClientExchangeFilterFunction(authorizedClients);
        relay.setDefaultOAuth2AuthorizedClient(true);
        for (Backend backend : Backend.values()) {
            WebClient.Builder builder = WebClient.builder()
                    .baseUrl(properties.backends().of(backend).toString())
                    .codecs(configurer -> codecs.orderedStream().forEach(c -> c.customize(configurer)))
                    .observationRegistry(observations);
            anonymous.put(backend, builder.clone().build());
            clients.put(backend, builder.filter(relay).build());
        }
    }

    WebClient of(Backend backend) {
        return clients.get(backend);
    }

    /**
     * A client that never carries a token: the public report pages speak for an anonymous person,
     * even when a member of staff happens to be signed in in the same browser.
     */
    WebClient anonymous(Backend backend) {
        return anonymous.get(backend);
    }
}
