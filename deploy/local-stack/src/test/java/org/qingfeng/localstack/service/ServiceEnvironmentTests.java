package org.qingfeng.localstack.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ServiceEnvironmentTests {

    private final FleetSettings settings = new FleetSettings(
            Path.of("/repo"),
            Map.of(Service.INTAKE, 18081, Service.GATEWAY, 18080),
            "127.0.0.1:19092",
            "mongodb://127.0.0.1:27117",
            Duration.ofMinutes(1),
            List.of(),
            System.out,
            false);

    @Test
    void pointsAServiceAtTheBrokerTheStoreAndItsPort() {
        assertThat(ServiceEnvironment.of(Service.INTAKE, settings))
                .containsEntry("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:19092")
                .containsEntry("MONGODB_URI", "mongodb://127.0.0.1:27117")
                .containsEntry("SERVER_PORT", "18081")
                .containsEntry("SERVER_ADDRESS", "127.0.0.1");
    }

    @Test
    void pointsTheGatewayAtTheThreeServicesWithDefaultPortsWhereNoneIsGiven() {
        assertThat(ServiceEnvironment.of(Service.GATEWAY, settings))
                .containsEntry("SERVER_PORT", "18080")
                .containsEntry("INTAKE_URL", "http://127.0.0.1:18081")
                .containsEntry("ANALYSIS_URL", "http://127.0.0.1:8082")
                .containsEntry("DISPOSAL_URL", "http://127.0.0.1:8083")
                .doesNotContainKey("MONGODB_URI");
    }

    @Test
    void findsEachJarWhereTheServiceBuildLeavesIt() {
        assertThat(Service.ANALYSIS.jar(Path.of("/repo")))
                .isEqualTo(Path.of("/repo/analysis-service/target/analysis-service-exec.jar"));
    }
}
