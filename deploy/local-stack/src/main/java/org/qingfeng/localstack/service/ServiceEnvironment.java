package org.qingfeng.localstack.service;

import java.util.LinkedHashMap;
import java.util.Map;

/** The environment variables a service reads its infrastructure from (docs/architecture.md). */
final class ServiceEnvironment {

    private ServiceEnvironment() {}

    static Map<String, String> of(Service service, FleetSettings settings) {
        Map<String, String> env = new LinkedHashMap<>();
        env.put("SERVER_PORT", Integer.toString(settings.port(service)));
        env.put("SERVER_ADDRESS", "127.0.0.1");
        if (service == Service.GATEWAY) {
            env.put("INTAKE_URL", settings.url(Service.INTAKE));
            env.put("ANALYSIS_URL", settings.url(Service.ANALYSIS));
            env.put("DISPOSAL_URL", settings.url(Service.DISPOSAL));
        } else {
            env.put("KAFKA_BOOTSTRAP_SERVERS", settings.kafkaBootstrapServers());
            env.put("MONGODB_URI", settings.mongoUri());
        }
        return env;
    }
}
