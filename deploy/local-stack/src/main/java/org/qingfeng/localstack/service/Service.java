package org.qingfeng.localstack.service;

import java.nio.file.Path;

/** The services of the network, with their default ports (docs/architecture.md). */
public enum Service {
    INTAKE("intake-service", 8081, 36, ""),
    ANALYSIS("analysis-service", 8082, 35, ""),
    DISPOSAL("disposal-service", 8083, 33, ""),
    /** The embedded authorization server of the local default, under {@code /auth} as behind the gateway. */
    AUTH("auth-server", 8084, 34, "/auth"),
    AUDIT("audit-service", 8085, 31, ""),
    GATEWAY("gateway", 8080, 32, "");

    private final String serviceName;
    private final int defaultPort;
    private final int ansiColour;
    private final String contextPath;

    Service(String serviceName, int defaultPort, int ansiColour, String contextPath) {
        this.serviceName = serviceName;
        this.defaultPort = defaultPort;
        this.ansiColour = ansiColour;
        this.contextPath = contextPath;
    }

    /** The path the service's endpoints, actuator included, live under. */
    public String contextPath() {
        return contextPath;
    }

    /** One name everywhere: folder, artifact, application name, consumer group, database. */
    public String serviceName() {
        return serviceName;
    }

    public int defaultPort() {
        return defaultPort;
    }

    int ansiColour() {
        return ansiColour;
    }

    /** The runnable jar the service's build leaves in its module, relative to the repository root. */
    public Path jar(Path home) {
        return home.resolve(serviceName).resolve("target").resolve(serviceName + "-exec.jar");
    }
}
