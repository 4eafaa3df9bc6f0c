package org.qingfeng.localstack;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.qingfeng.localstack.api.GatewayClient;
import org.qingfeng.localstack.service.FleetSettings;
import org.qingfeng.localstack.service.LocalSecrets;
import org.qingfeng.localstack.service.Ports;
import org.qingfeng.localstack.service.Service;
import org.qingfeng.localstack.service.ServiceFleet;
import org.qingfeng.testsupport.TestInfrastructure;

/**
 * What every system test stands on: the four service jars as child JVMs on free ports, on
 * test-support's broker and Mongo server, with the demo county loaded through the gateway. The
 * services' output goes to {@code target/<log name>}, where a test can search it.
 */
public final class SystemNetwork implements AutoCloseable {

    private static final Path HOME = Path.of(System.getProperty("local-stack.home", "../.."))
            .toAbsolutePath()
            .normalize();

    private final Path logFile;
    private final PrintStream log;
    private final ServiceFleet fleet;
    private final MongoClient mongo;
    private final GatewayClient gateway;

    private final FleetSettings settings;
    private final DemoAccounts accounts;

    private SystemNetwork(Path logFile, PrintStream log, FleetSettings settings, ServiceFleet fleet) {
        this.logFile = logFile;
        this.log = log;
        this.settings = settings;
        this.fleet = fleet;
        this.mongo = MongoClients.create(TestInfrastructure.mongoUri());
        this.accounts = new DemoAccounts(settings);
        this.gateway = accounts.loader();
    }

    /** Starts the services, waits until each is ready, and loads the demo county. */
    public static SystemNetwork start(String logName, String... adminCounties) throws IOException {
        assertThat(ServiceFleet.missingJars(HOME))
                .as("Build the services first: ./mvnw -B -q -DskipTests package -pl "
                        + "intake-service,analysis-service,disposal-service,gateway")
                .isEmpty();
        Path logFile = Path.of("target", logName);
        PrintStream log = new PrintStream(Files.newOutputStream(logFile), true, UTF_8);
        Path data = Files.createTempDirectory(Path.of("target"), "system-data");
        FleetSettings settings = new FleetSettings(
                HOME,
                freePorts(),
                TestInfrastructure.kafkaBootstrapServers(),
                TestInfrastructure.mongoUri(),
                Duration.ofMinutes(2),
                jvmOptions(),
                log,
                false,
                data.toAbsolutePath(),
                LocalSecrets.random(),
                List.of(adminCounties));
        ServiceFleet fleet = ServiceFleet.of(settings);
        SystemNetwork network = new SystemNetwork(logFile, log, settings, fleet);
        try {
            fleet.startAll();
            network.accounts.loaderOf(Duration.ofMinutes(1)).load();
            return network;
        } catch (RuntimeException e) {
            network.close();
            throw e;
        }
    }

    public ServiceFleet fleet() {
        return fleet;
    }

    /** A client of the gateway carrying the demo loader's token (network admin and work station at the root). */
    public GatewayClient gateway() {
        return gateway;
    }

    /** A client of the gateway without a token, as an informant's phone. */
    public GatewayClient anonymous() {
        return new GatewayClient(settings.publicUrl());
    }

    /** The demo's service accounts, and those of the counties the test started the network with. */
    public DemoAccounts accounts() {
        return accounts;
    }

    public FleetSettings settings() {
        return settings;
    }

    /** A client of the store every service writes to, for reading their collections directly. */
    public MongoClient mongo() {
        return mongo;
    }

    /** Everything the services printed so far. */
    public String serviceOutput() throws IOException {
        log.flush();
        return Files.readString(logFile, UTF_8);
    }

    @Override
    public void close() {
        fleet.close();
        mongo.close();
        log.close();
    }

    /**
     * The system tests submit hundreds of items from one address in a minute, which the gateway's
     * per-client limit for anonymous submissions exists to refuse: raise it for them.
     */
    private static List<String> jvmOptions() {
        List<String> options = new ArrayList<>(FleetSettings.DEFAULT_JVM_OPTIONS);
        options.add("-Dgateway.rate-limit.submissions-per-minute=100000");
        options.add("-Dgateway.rate-limit.per-principal-per-minute=100000");
        return options;
    }

    private static Map<Service, Integer> freePorts() {
        Map<Service, Integer> ports = new EnumMap<>(Service.class);
        for (Service s : Service.values()) {
            ports.put(s, Ports.anyFree());
        }
        return ports;
    }
}
