package org.qingfeng.localstack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.qingfeng.localstack.service.Service;

/**
 * Settings of the local stack, from system properties {@code local-stack.*} (ports, readiness
 * timeout, repository root) and the data folder from {@code -Dqingfeng.data} or {@code QINGFENG_DATA}.
 *
 * @param home the repository root, holding {@code <service>/target/<service>-exec.jar}
 * @param dataDir broker and Mongo data, and the marker of the demo load
 * @param inMemoryMongo keep nothing in Mongo (the bench); otherwise an H2 file in {@code dataDir}
 */
public record LocalStackProperties(
        Path home,
        Path dataDir,
        int kafkaPort,
        int controllerPort,
        int mongoPort,
        Map<Service, Integer> servicePorts,
        Duration readinessTimeout,
        boolean inMemoryMongo) {

    public static final String PREFIX = "local-stack.";

    public static LocalStackProperties fromSystem() {
        return from(System::getProperty, System::getenv, Path.of("").toAbsolutePath());
    }

    static LocalStackProperties from(
            Function<String, @Nullable String> properties, Function<String, @Nullable String> env, Path cwd) {
        Path home = Path.of(or(properties.apply(PREFIX + "home"), findHome(cwd).toString()))
                .toAbsolutePath()
                .normalize();
        String data = properties.apply("qingfeng.data");
        data = data != null
                ? data
                : or(env.apply("QINGFENG_DATA"), home.resolve("data").toString());
        Map<Service, Integer> ports = new EnumMap<>(Service.class);
        for (Service s : Service.values()) {
            ports.put(s, port(properties, s.serviceName().replace("-service", "") + "-port", s.defaultPort()));
        }
        return new LocalStackProperties(
                home,
                Path.of(data).toAbsolutePath().normalize(),
                port(properties, "kafka-port", 9092),
                port(properties, "controller-port", 9093),
                port(properties, "mongo-port", 27017),
                ports,
                Duration.parse(or(properties.apply(PREFIX + "readiness-timeout"), "PT3M")),
                false);
    }

    /** Every port this stack listens on. */
    public List<Integer> ports() {
        return Stream.concat(Stream.of(kafkaPort, controllerPort, mongoPort), servicePorts.values().stream())
                .toList();
    }

    public String gatewayUrl() {
        return "http://localhost:" + servicePorts.get(Service.GATEWAY);
    }

    private static int port(Function<String, @Nullable String> properties, String name, int fallback) {
        return Integer.parseInt(or(properties.apply(PREFIX + name), Integer.toString(fallback)));
    }

    private static String or(@Nullable String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }

    /** The nearest folder at or above {@code cwd} that holds this module, else {@code cwd}. */
    private static Path findHome(Path cwd) {
        for (Path p = cwd; p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve("deploy/local-stack/pom.xml"))) {
                return p;
            }
        }
        return cwd;
    }
}
