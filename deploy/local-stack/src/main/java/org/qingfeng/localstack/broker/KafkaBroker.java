package org.qingfeng.localstack.broker;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A combined broker and controller (node 1) whose data lives in one folder: formatted on first
 * start, reused afterwards, so acknowledged records and committed offsets survive a restart.
 */
public final class KafkaBroker implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(KafkaBroker.class);

    private final KafkaRaftServer server;
    private final int port;

    private KafkaBroker(KafkaRaftServer server, int port) {
        this.server = server;
        this.port = port;
    }

    /** Starts the broker with its logs in {@code kafkaDir/logs}, formatting that folder if new. */
    public static KafkaBroker start(Path kafkaDir, int port, int controllerPort) {
        Path logDir = kafkaDir.resolve("logs");
        Properties properties = BrokerProperties.of(logDir, port, controllerPort);
        formatOnFirstStart(kafkaDir, logDir, properties);
        KafkaRaftServer server = new KafkaRaftServer(KafkaConfig.fromProps(properties, false), Time.SYSTEM);
        server.startup();
        log.info("Kafka broker up on 127.0.0.1:{} (controller {}), data in {}", port, controllerPort, logDir);
        return new KafkaBroker(server, port);
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    @Override
    public void close() {
        server.shutdown();
        server.awaitShutdown();
        log.info("Kafka broker stopped");
    }

    private static void formatOnFirstStart(Path kafkaDir, Path logDir, Properties properties) {
        if (Files.exists(logDir.resolve("meta.properties"))) {
            return;
        }
        try {
            Files.createDirectories(kafkaDir);
            Path config = kafkaDir.resolve("server.properties");
            try (OutputStream out = Files.newOutputStream(config)) {
                properties.store(out, "written by the local stack; the broker reads its settings from code");
            }
            ByteArrayOutputStream output = new ByteArrayOutputStream();
            String[] args = {"format", "-t", Uuid.randomUuid().toString(), "-c", config.toString()};
            int status = StorageTool.execute(args, new PrintStream(output, true, StandardCharsets.UTF_8));
            if (status != 0) {
                throw new IllegalStateException(
                        "formatting " + logDir + " failed: " + output.toString(StandardCharsets.UTF_8));
            }
            log.info("Formatted a new Kafka data folder {}", logDir);
        } catch (IOException e) {
            throw new IllegalStateException("cannot prepare the Kafka data folder " + logDir, e);
        }
    }
}
