package org.qingfeng.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The production-shaped description in {@code deploy/compose/compose.yaml}, read as Compose reads
 * it (merge keys resolved): only the gateway is reachable from outside, and every service is told
 * which issuer's tokens to accept.
 */
class DeploymentDescriptionTests {

    private static final Path COMPOSE = Path.of("../compose/compose.yaml");

    @Test
    void publishesThePortOfTheGatewayAlone() throws IOException {
        Map<String, Map<String, Object>> services = services();

        assertThat(services).containsKeys("gateway", "intake-service", "auth-server", "audit-service", "kafka-1");
        services.forEach((name, service) -> {
            boolean published = service.containsKey("ports") || service.containsKey("expose");
            assertThat(published).as(name + " publishes a port").isEqualTo(name.equals("gateway"));
            assertThat(service.get("network_mode")).as(name).isNotEqualTo("host");
        });
    }

    @Test
    void pointsEveryServiceAndTheGatewayAtOneIssuerAndItsKeys() throws IOException {
        Map<String, Map<String, Object>> services = services();

        for (String name : new String[] {
            "intake-service", "analysis-service", "disposal-service", "auth-server", "audit-service", "gateway"
        }) {
            @SuppressWarnings("unchecked")
            Map<String, Object> env = (Map<String, Object>) services.get(name).get("environment");
            assertThat(env).as(name).containsEntry("QINGFENG_SECURITY_ISSUER", "${QINGFENG_PUBLIC_URL}/auth");
            assertThat(env)
                    .as(name)
                    .containsEntry("QINGFENG_SECURITY_JWKSETURI", "http://auth-server:8084/auth/oauth2/jwks");
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> services() throws IOException {
        try (Reader in = Files.newBufferedReader(COMPOSE, StandardCharsets.UTF_8)) {
            Map<String, Object> compose = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            return (Map<String, Map<String, Object>>) compose.get("services");
        }
    }
}
