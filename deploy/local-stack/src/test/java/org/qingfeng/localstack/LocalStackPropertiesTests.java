package org.qingfeng.localstack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.qingfeng.localstack.service.Service;

class LocalStackPropertiesTests {

    private final Path cwd = Path.of("/nowhere/repo");

    @Test
    void usesTheArchitecturePortsAndTheRepositoryDataFolderByDefault() {
        LocalStackProperties p =
                LocalStackProperties.from(Map.<String, String>of()::get, Map.<String, String>of()::get, cwd);

        assertThat(p.dataDir()).isEqualTo(cwd.resolve("data"));
        assertThat(p.ports()).containsExactlyInAnyOrder(9092, 9093, 27017, 8080, 8081, 8082, 8083, 8084, 8085);
        assertThat(p.servicePorts()).containsEntry(Service.INTAKE, 8081).containsEntry(Service.GATEWAY, 8080);
        assertThat(p.gatewayUrl()).isEqualTo("http://localhost:8080");
        assertThat(p.inMemoryMongo()).isFalse();
    }

    @Test
    void takesTheDataFolderFromTheEnvironmentAndPortsFromSystemProperties() {
        Map<String, String> properties = Map.of(
                "local-stack.kafka-port", "19092",
                "local-stack.gateway-port", "18080",
                "local-stack.analysis-port", "18082",
                "local-stack.readiness-timeout", "PT45S");
        Map<String, String> env = Map.of("QINGFENG_DATA", "/var/qingfeng");

        LocalStackProperties p = LocalStackProperties.from(properties::get, env::get, cwd);

        assertThat(p.dataDir()).isEqualTo(Path.of("/var/qingfeng"));
        assertThat(p.kafkaPort()).isEqualTo(19092);
        assertThat(p.servicePorts()).containsEntry(Service.GATEWAY, 18080).containsEntry(Service.ANALYSIS, 18082);
        assertThat(p.readinessTimeout()).isEqualTo(Duration.ofSeconds(45));
    }

    @Test
    void prefersTheDataSystemPropertyOverTheEnvironment() {
        LocalStackProperties p = LocalStackProperties.from(
                Map.of("qingfeng.data", "/tmp/a")::get, Map.of("QINGFENG_DATA", "/tmp/b")::get, cwd);

        assertThat(p.dataDir()).isEqualTo(Path.of("/tmp/a"));
    }
}
