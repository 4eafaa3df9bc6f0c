package org.qingfeng.localstack.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongFunction;
import java.util.stream.Stream;
import org.qingfeng.localstack.DemoAccounts;
import org.qingfeng.localstack.LocalStackProperties;
import org.qingfeng.localstack.Poll;
import org.qingfeng.localstack.Stack;
import org.qingfeng.localstack.Terminal;
import org.qingfeng.localstack.api.GatewayClient;
import org.qingfeng.localstack.service.FleetSettings;
import org.qingfeng.localstack.service.Ports;
import org.qingfeng.localstack.service.Service;

/**
 * Starts a stack of its own (temporary data, free ports, Mongo in memory), loads the demo county
 * and measures, at one constant arrival rate: (a) submissions through the gateway, (b) the
 * gateway's ping, (c) the raw producer, (d) submit-to-case (an immediate item opening its disposal case); then prints them side by side.
 */
public final class Bench {

    private final BenchSettings settings;
    private final PrintStream out = Terminal.out();

    private Bench(BenchSettings settings) {
        this.settings = settings;
    }

    public static void main(String[] args) throws Exception {
        new Bench(BenchSettings.parse(args)).run();
    }

    private void run() throws Exception {
        Path data = Files.createTempDirectory("qingfeng-bench-");
        LocalStackProperties properties = properties(data);
        Stack stack = new Stack(properties, UNLIMITED);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stopAndDelete(stack, data), "bench-stop"));
        out.printf(
                "Bench: %d/s, warm-up %d s, measured %d s; services' output in %s%n",
                settings.rate(),
                settings.warmup().toSeconds(),
                settings.duration().toSeconds(),
                data.resolve("services.log"));
        try (PrintStream serviceLog =
                new PrintStream(Files.newOutputStream(data.resolve("services.log")), true, StandardCharsets.UTF_8)) {
            stack.start(serviceLog, false);
            DemoAccounts accounts = stack.demoAccounts();
            accounts.loaderOf(Duration.ofMinutes(1)).load();
            GatewayClient gateway = accounts.loader();
            measure(gateway, stack.kafkaBootstrapServers());
        }
        System.exit(0);
    }

    private void measure(GatewayClient gateway, String bootstrapServers) throws InterruptedException {
        GatewayLoad load = new GatewayLoad(gateway);
        Map<UUID, Long> accepted = new ConcurrentHashMap<>();
        out.println("(a) submit + (d) end-to-end ...");
        LoadResult submit;
        LoadResult endToEnd;
        try (CaseWatcher cases = new CaseWatcher(bootstrapServers)) {
            submit = warmThenMeasure(load.submissions(new ConcurrentHashMap<>()), load.submissions(accepted));
            new Poll(settings.drain(), Duration.ofMillis(200))
                    .until(() -> accepted.keySet().stream().allMatch(id -> cases.seenAt(id) != null));
            endToEnd = EndToEnd.of(accepted, cases::seenAt);
        }
        out.println("(b) ping ...");
        LoadResult ping = warmThenMeasure(load.pings(), load.pings());
        out.println("(c) raw producer ...");
        LoadResult produce;
        try (ProducerBaseline producer = new ProducerBaseline(bootstrapServers)) {
            produce = warmThenMeasure(producer.sends(), producer.sends());
        }
        print(submit, ping, produce, endToEnd, load.failures());
    }

    /** The warm-up's results are thrown away; only the measured run's are kept. */
    private LoadResult warmThenMeasure(
            LongFunction<CompletableFuture<Boolean>> warmup, LongFunction<CompletableFuture<Boolean>> measured) {
        OpenLoop.run(new Schedule(settings.rate(), settings.warmup()), warmup);
        return OpenLoop.run(new Schedule(settings.rate(), settings.duration()), measured);
    }

    private void print(
            LoadResult submit, LoadResult ping, LoadResult produce, LoadResult endToEnd, Map<String, Long> failures) {
        out.printf(
                "%nLatency from intended start (ms), %d/s for %d s, Kafka record %d bytes:%n",
                settings.rate(), settings.duration().toSeconds(), ProducerBaseline.recordSize());
        out.print(ResultTable.render(submit, ping, produce, endToEnd));
        failures.forEach((why, count) -> out.printf("failed, warm-up included: %s x %d%n", why, count));
    }

    /**
     * The bench is one client sending a hundred anonymous submissions a second: exactly what the
     * gateway's per-client limit refuses. It measures the path, not the limiter, so it lifts it.
     */
    static final List<String> UNLIMITED = Stream.concat(
                    FleetSettings.DEFAULT_JVM_OPTIONS.stream(),
                    Stream.of(
                            "-Dgateway.rate-limit.submissions-per-minute=1000000",
                            "-Dgateway.rate-limit.per-principal-per-minute=1000000"))
            .toList();

    private static LocalStackProperties properties(Path data) {
        Map<Service, Integer> ports = new EnumMap<>(Service.class);
        for (Service s : Service.values()) {
            ports.put(s, Ports.anyFree());
        }
        return new LocalStackProperties(
                LocalStackProperties.fromSystem().home(),
                data,
                Ports.anyFree(),
                Ports.anyFree(),
                Ports.anyFree(),
                ports,
                Duration.ofMinutes(3),
                true);
    }

    /** Keeps only the services' output, to read after a surprising run. */
    private static void stopAndDelete(Stack stack, Path data) {
        stack.close();
        try (Stream<Path> files = Files.walk(data)) {
            files.sorted(Comparator.reverseOrder())
                    .filter(p -> !p.equals(data) && !p.endsWith("services.log"))
                    .forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            System.err.println("could not delete " + data + ": " + e.getMessage());
        }
    }
}
