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
            false,
            Path.of("/data"),
            new LocalSecrets("console-secret", "loader-secret", "anchor-key", "demo-password", "sms-key"),
            List.of("330299"));

    @Test
    void pointsAServiceAtTheBrokerTheStoreAndItsPort() {
        assertThat(ServiceEnvironment.of(Service.INTAKE, settings))
                .containsEntry("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:19092")
                .containsEntry("MONGODB_URI", "mongodb://127.0.0.1:27117")
                .containsEntry("SERVER_PORT", "18081")
                .containsEntry("SERVER_ADDRESS", "127.0.0.1");
    }

    @Test
    void givesIntakeTheSmsWebhookSecretAndWhereMessagesFromUnknownNumbersLand() {
        assertThat(ServiceEnvironment.of(Service.INTAKE, settings))
                .containsEntry("INTAKE_CHANNELS_SMS_SECRET", "sms-key")
                .containsEntry("INTAKE_CHANNELS_DEFAULT_REGION", "330281-101")
                .containsEntry("INTAKE_CHANNELS_DEFAULT_UNIT", "330281-D01");
        assertThat(ServiceEnvironment.of(Service.ANALYSIS, settings)).doesNotContainKey("INTAKE_CHANNELS_SMS_SECRET");
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
    void pointsEveryServiceAtTheIssuerBehindTheGatewayAndTheKeysAtTheAuthorizationServer() {
        for (Service service : Service.values()) {
            assertThat(ServiceEnvironment.of(service, settings))
                    .as(service.serviceName())
                    .containsEntry("QINGFENG_SECURITY_ISSUER", "http://localhost:18080/auth")
                    .containsEntry("QINGFENG_SECURITY_JWKSETURI", "http://127.0.0.1:8084/auth/oauth2/jwks");
        }
    }

    @Test
    void givesTheAuthorizationServerTheConsoleRedirectAndTheLoaderAccountButNoOneElseTheSecrets() {
        Map<String, String> auth = ServiceEnvironment.of(Service.AUTH, settings);

        assertThat(auth)
                .containsEntry("QINGFENG_CONSOLE_REDIRECT_URI", "http://localhost:18080/login/oauth2/code/qingfeng");
        assertThat(auth.get("SPRING_APPLICATION_JSON"))
                .contains("\"qingfeng-local-loader\"")
                .contains("loader-secret")
                .contains("NETWORK_ADMIN")
                .contains("\"qingfeng-local-township-330281-101\"")
                .contains(settings.accountSecret("qingfeng-local-township-330281-101"))
                .contains("\"qingfeng-local-admin-330299\"")
                .contains("TOWNSHIP_STAFF");
        assertThat(ServiceEnvironment.of(Service.INTAKE, settings).values())
                .noneMatch(v -> v.contains("secret") || v.contains("anchor-key"));
        assertThat(ServiceEnvironment.of(Service.AUDIT, settings)).containsEntry("AUDIT_ANCHOR_KEY", "anchor-key");
    }

    @Test
    void derivesEachAccountsSecretWithinBcryptsSeventyTwoBytesAndDistinctPerAccount() {
        String township = settings.accountSecret("qingfeng-local-township-330281-101");
        String county = settings.accountSecret("qingfeng-local-admin-330299");

        assertThat(township.getBytes(java.nio.charset.StandardCharsets.UTF_8)).hasSizeLessThanOrEqualTo(72);
        assertThat(township).isNotEqualTo(county).doesNotContain("loader-secret");
    }

    @Test
    void findsEachJarWhereTheServiceBuildLeavesIt() {
        assertThat(Service.ANALYSIS.jar(Path.of("/repo")))
                .isEqualTo(Path.of("/repo/analysis-service/target/analysis-service-exec.jar"));
    }
}
