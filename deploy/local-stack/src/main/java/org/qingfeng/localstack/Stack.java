package org.qingfeng.localstack;

import java.io.PrintStream;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import org.jspecify.annotations.Nullable;
import org.qingfeng.localstack.broker.KafkaBroker;
import org.qingfeng.localstack.service.FleetSettings;
import org.qingfeng.localstack.service.LocalSecrets;
import org.qingfeng.localstack.service.Ports;
import org.qingfeng.localstack.service.ServiceFleet;
import org.qingfeng.localstack.store.MongoStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Broker, Mongo stand-in and the four services, started in that order and stopped in reverse. */
public final class Stack implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(Stack.class);

    private final LocalStackProperties properties;
    private final Deque<AutoCloseable> started = new ConcurrentLinkedDeque<>();
    private volatile @Nullable KafkaBroker broker;
    private volatile @Nullable ServiceFleet fleet;
    private volatile boolean stopping;
    private volatile @Nullable FleetSettings fleetSettings;

    private final List<String> jvmOptions;

    public Stack(LocalStackProperties properties) {
        this(properties, FleetSettings.DEFAULT_JVM_OPTIONS);
    }

    /** A stack whose services get {@code jvmOptions} (the bench lifts the gateway's rate limits). */
    public Stack(LocalStackProperties properties, List<String> jvmOptions) {
        this.properties = properties;
        this.jvmOptions = List.copyOf(jvmOptions);
    }

    /** Ports of this stack that something else already listens on. */
    public List<Integer> takenPorts() {
        return properties.ports().stream().filter(p -> !Ports.isFree(p)).toList();
    }

    public void start(PrintStream out, boolean colour) {
        KafkaBroker kafka = KafkaBroker.start(
                properties.dataDir().resolve("kafka"), properties.kafkaPort(), properties.controllerPort());
        started.push(kafka);
        broker = kafka;
        MongoStore mongo = properties.inMemoryMongo()
                ? MongoStore.inMemory(properties.mongoPort())
                : MongoStore.onFile(properties.dataDir().resolve("mongo/qingfeng.mv"), properties.mongoPort());
        started.push(mongo);
        FleetSettings settings = new FleetSettings(
                properties.home(),
                properties.servicePorts(),
                kafka.bootstrapServers(),
                mongo.uri(),
                properties.readinessTimeout(),
                jvmOptions,
                out,
                colour,
                properties.dataDir(),
                LocalSecrets.loadOrCreate(properties.dataDir()),
                List.of());
        fleetSettings = settings;
        ServiceFleet services = ServiceFleet.of(settings);
        started.push(services);
        fleet = services;
        services.startAll();
    }

    public ServiceFleet fleet() {
        ServiceFleet current = fleet;
        if (current == null) {
            throw new IllegalStateException("the stack is not started");
        }
        return current;
    }

    /** How the services were started: their addresses, the issuer and the local secrets. */
    public FleetSettings settings() {
        FleetSettings current = fleetSettings;
        if (current == null) {
            throw new IllegalStateException("the stack is not started");
        }
        return current;
    }

    /** The demo's service accounts on this stack. */
    public DemoAccounts demoAccounts() {
        return new DemoAccounts(settings());
    }

    public String kafkaBootstrapServers() {
        KafkaBroker current = broker;
        if (current == null) {
            throw new IllegalStateException("the stack is not started");
        }
        return current.bootstrapServers();
    }

    /** Whether {@link #close()} has begun, so that a start cut short is no failure. */
    public boolean isStopping() {
        return stopping;
    }

    /** Services first (SIGTERM, then wait), then Mongo, then the broker. */
    @Override
    public void close() {
        stopping = true;
        for (AutoCloseable next = started.poll(); next != null; next = started.poll()) {
            try {
                next.close();
            } catch (Exception e) {
                log.warn("Stopping {} failed", next.getClass().getSimpleName(), e);
            }
        }
    }
}
