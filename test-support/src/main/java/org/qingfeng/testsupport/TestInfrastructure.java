package org.qingfeng.testsupport;

import java.util.Locale;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.testcontainers.DockerClientFactory;

/**
 * One Kafka bootstrap and one Mongo URI per test JVM, started on first use and shared by every test
 * in it.
 *
 * <p>{@code -Dqingfeng.it.infra=containers} or a reachable Docker engine: the {@code apache/kafka}
 * and {@code mongo} images through Testcontainers. Otherwise ({@code embedded}, or {@code auto}
 * without Docker): a real KRaft broker inside this JVM and the Mongo wire-protocol server. Never a
 * mock; the choice is logged once so that a run says what it tested against.
 */
public final class TestInfrastructure {

    public static final String MODE_PROPERTY = "qingfeng.it.infra";

    private static final Logger log = LoggerFactory.getLogger(TestInfrastructure.class);
    private static volatile Infrastructure started;

    private TestInfrastructure() {}

    public static String kafkaBootstrapServers() {
        return infrastructure().kafkaBootstrapServers();
    }

    public static String mongoUri() {
        return infrastructure().mongoUri();
    }

    /** Which kind this run uses: {@code containers} or {@code embedded}. */
    public static String mode() {
        return infrastructure().mode();
    }

    /** A database name no other test uses, so that tests sharing the server stay apart. */
    public static String uniqueDatabase(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /**
     * Points a Spring Boot test at the shared infrastructure and a database of its own; use from a
     * {@code @DynamicPropertySource} method.
     */
    public static void register(DynamicPropertyRegistry registry, String databasePrefix) {
        String database = uniqueDatabase(databasePrefix);
        registry.add("spring.kafka.bootstrap-servers", TestInfrastructure::kafkaBootstrapServers);
        registry.add("spring.mongodb.uri", TestInfrastructure::mongoUri);
        registry.add("spring.mongodb.database", () -> database);
        TestTokens.register(registry);
    }

    private static Infrastructure infrastructure() {
        Infrastructure current = started;
        if (current == null) {
            synchronized (TestInfrastructure.class) {
                current = started;
                if (current == null) {
                    current = start();
                    // No shutdown hook of ours: the broker's test kit deletes its own temporary
                    // folders at exit, and closing it concurrently only produces log-dir errors.
                    started = current;
                }
            }
        }
        return current;
    }

    private static Infrastructure start() {
        String requested = System.getProperty(MODE_PROPERTY, System.getenv().getOrDefault("QINGFENG_IT_INFRA", "auto"))
                .toLowerCase(Locale.ROOT);
        boolean containers =
                switch (requested) {
                    case "containers" -> true;
                    case "embedded" -> false;
                    case "auto" -> dockerAvailable();
                    default ->
                        throw new IllegalArgumentException(
                                MODE_PROPERTY + " must be auto, containers or embedded, not " + requested);
                };
        Infrastructure infrastructure = containers ? new ContainerInfrastructure() : new EmbeddedInfrastructure();
        log.info(
                "Integration infrastructure: {} (requested {}): Kafka at {}, Mongo at {}",
                infrastructure.mode(),
                requested,
                infrastructure.kafkaBootstrapServers(),
                infrastructure.mongoUri());
        return infrastructure;
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException e) {
            return false;
        }
    }
}
