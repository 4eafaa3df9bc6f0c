package org.qingfeng.localstack.service;

import java.nio.file.Path;

/** The four services of the spine, with their default ports (docs/architecture.md). */
public enum Service {
    INTAKE("intake-service", 8081, 36),
    ANALYSIS("analysis-service", 8082, 35),
    DISPOSAL("disposal-service", 8083, 33),
    GATEWAY("gateway", 8080, 32);

    private final String serviceName;
    private final int defaultPort;
    private final int ansiColour;

    Service(String serviceName, int defaultPort, int ansiColour) {
        this.serviceName = serviceName;
        this.defaultPort = defaultPort;
        this.ansiColour = ansiColour;
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
