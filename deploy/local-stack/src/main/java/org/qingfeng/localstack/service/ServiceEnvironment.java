package org.qingfeng.localstack.service;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.qingfeng.contracts.EventJson;
import org.qingfeng.contracts.intake.NodeKind;
import org.qingfeng.localstack.network.DemoNetwork;
import org.qingfeng.localstack.network.NetworkNode;

/** The environment variables a service reads its infrastructure and security from (docs/architecture.md). */
final class ServiceEnvironment {

    /** The network node the loader's roles are held at: the demo county's root. */
    static final String LOADER_NODE = "330281";

    static final String DEMO_DEFAULT_REGION = "330281-101";
    static final String DEMO_DEFAULT_UNIT = "330281-D01";

    private ServiceEnvironment() {}

    static Map<String, String> of(Service service, FleetSettings settings) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("SERVER_PORT", Integer.toString(settings.port(service)));
        env.put("SERVER_ADDRESS", "127.0.0.1");
        env.put("QINGFENG_SECURITY_ISSUER", settings.issuer());
        env.put("QINGFENG_SECURITY_JWKSETURI", settings.jwkSetUri());
        if (service == Service.GATEWAY) {
            env.put("INTAKE_URL", settings.url(Service.INTAKE));
            env.put("ANALYSIS_URL", settings.url(Service.ANALYSIS));
            env.put("DISPOSAL_URL", settings.url(Service.DISPOSAL));
            env.put("AUTH_URL", settings.url(Service.AUTH));
            env.put("AUDIT_URL", settings.url(Service.AUDIT));
            env.put("AUTH_PUBLIC_URL", settings.issuer());
            env.put("QINGFENG_CONSOLE_CLIENT_SECRET", settings.secrets().consoleClientSecret());
            return env;
        }
        env.put("KAFKA_BOOTSTRAP_SERVERS", settings.kafkaBootstrapServers());
        env.put("MONGODB_URI", settings.mongoUri());
        if (service == Service.AUTH) {
            env.put("QINGFENG_AUTH_ISSUER", settings.issuer());
            env.put(
                    "QINGFENG_AUTH_KEY_DIRECTORY",
                    settings.dataDir().resolve("auth").toString());
            env.put("QINGFENG_CONSOLE_CLIENT_SECRET", settings.secrets().consoleClientSecret());
            env.put("QINGFENG_CONSOLE_REDIRECT_URI", settings.publicUrl() + "/login/oauth2/code/qingfeng");
            env.put("QINGFENG_CONSOLE_POST_LOGOUT_URI", settings.publicUrl() + "/");
            env.put("SPRING_APPLICATION_JSON", authClients(settings));
        }
        if (service == Service.INTAKE) {
            // Items by SMS from an unknown number land at the county seat's township, about the
            // county health bureau (a demo department), until triage places them.
            env.put("INTAKE_CHANNELS_SMS_SECRET", settings.secrets().smsWebhookSecret());
            env.put("INTAKE_CHANNELS_DEFAULT_REGION", DEMO_DEFAULT_REGION);
            env.put("INTAKE_CHANNELS_DEFAULT_UNIT", DEMO_DEFAULT_UNIT);
        }
        if (service == Service.AUDIT) {
            env.put("AUDIT_ANCHOR_KEY", settings.secrets().anchorKey());
            env.put(
                    "AUDIT_ANCHOR_FILE",
                    settings.dataDir().resolve("audit/anchors.log").toString());
        }
        return env;
    }

    /** The loader's and the demo townships' service accounts, which only the local stack has. */
    private static String authClients(FleetSettings settings) {
        Map<String, Object> loader = Map.of(
                "kind",
                "service",
                "secret",
                settings.secrets().loaderClientSecret(),
                "roles",
                List.of("NETWORK_ADMIN", "WORK_STATION_STAFF"),
                "node",
                LOADER_NODE);
        Map<String, Object> clients = new LinkedHashMap<>();
        clients.put(FleetSettings.LOADER_CLIENT, loader);
        for (NetworkNode township : DemoNetwork.nodes()) {
            if (township.kind() == NodeKind.TOWNSHIP) {
                clients.put(
                        FleetSettings.townshipClient(township.code()),
                        Map.of(
                                "kind", "service",
                                "secret", settings.accountSecret(FleetSettings.townshipClient(township.code())),
                                "roles", List.of("TOWNSHIP_STAFF"),
                                "node", township.code()));
            }
        }
        for (String county : settings.adminCounties()) {
            clients.put(
                    FleetSettings.countyAdminClient(county),
                    Map.of(
                            "kind",
                            "service",
                            "secret",
                            settings.accountSecret(FleetSettings.countyAdminClient(county)),
                            "roles",
                            List.of("NETWORK_ADMIN", "WORK_STATION_STAFF"),
                            "node",
                            county));
        }
        Map<String, Object> json = Map.of("qingfeng", Map.of("auth", Map.of("clients", clients)));
        return EventJson.mapper().writeValueAsString(json);
    }
}
