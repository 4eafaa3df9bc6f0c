package org.qingfeng.localstack.store;

/**
 * Drivers and Spring Boot's Mongo health check ask {@code hello}, the modern name of {@code
 * isMaster}; mongo-java-server 1.47 knows only the old name, so the health (and with it every
 * service's readiness) would stay DOWN. The backends below answer {@code hello} as {@code isMaster}.
 */
final class HelloCommand {

    private HelloCommand() {}

    static String alias(String command) {
        return "hello".equalsIgnoreCase(command) ? "isMaster" : command;
    }
}
