package org.qingfeng.localstack.broker;

import java.nio.file.Path;
import java.util.Properties;

/** The server.properties of a single combined broker and controller, listening on loopback only. */
final class BrokerProperties {

    private BrokerProperties() {}

    static Properties of(Path logDir, int port, int controllerPort) {
        Properties p = new Properties();
        p.setProperty("process.roles", "broker,controller");
        p.setProperty("node.id", "1");
        p.setProperty("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        p.setProperty("listeners", "PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort);
        p.setProperty("advertised.listeners", "PLAINTEXT://127.0.0.1:" + port);
        p.setProperty("controller.listener.names", "CONTROLLER");
        p.setProperty("inter.broker.listener.name", "PLAINTEXT");
        p.setProperty("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        p.setProperty("log.dirs", logDir.toAbsolutePath().toString());
        // Topics are declared by their owners (NewTopic beans), never created by a stray client.
        p.setProperty("auto.create.topics.enable", "false");
        p.setProperty("num.partitions", "3");
        // One broker: every internal topic has one replica.
        p.setProperty("offsets.topic.replication.factor", "1");
        p.setProperty("transaction.state.log.replication.factor", "1");
        p.setProperty("transaction.state.log.min.isr", "1");
        p.setProperty("share.coordinator.state.topic.replication.factor", "1");
        p.setProperty("share.coordinator.state.topic.min.isr", "1");
        // The cleaner's default 128 MiB buffer is most of the heap this JVM needs otherwise.
        p.setProperty("log.cleaner.dedupe.buffer.size", "8388608");
        p.setProperty("group.initial.rebalance.delay.ms", "0");
        return p;
    }
}
