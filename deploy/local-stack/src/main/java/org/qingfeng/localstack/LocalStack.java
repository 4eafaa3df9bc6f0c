package org.qingfeng.localstack;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import org.qingfeng.localstack.network.DemoNetwork;
import org.qingfeng.localstack.service.ServiceFleet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One command, the whole network: a real Kafka broker, the Mongo wire server on an H2 file, the
 * four services as child JVMs, and on first start a demo county. Ctrl-C stops it all; the data
 * folder keeps the broker's and Mongo's data for the next start.
 */
public final class LocalStack {

    private static final Logger log = LoggerFactory.getLogger(LocalStack.class);
    private static final String DEMO_MARKER = "demo-network.loaded";

    private LocalStack() {}

    public static void main(String[] args) throws InterruptedException {
        LocalStackProperties properties = LocalStackProperties.fromSystem();
        PrintStream out = Terminal.out();
        refuseWithout(properties, out);
        Stack stack = new Stack(properties);
        Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "local-stack-stop"));
        try {
            stack.start(out, Terminal.colour());
            loadDemoOnFirstStart(properties, stack);
        } catch (RuntimeException e) {
            if (stack.isStopping()) {
                return;
            }
            log.error("The local stack could not start: {}", e.getMessage());
            System.exit(1);
        }
        out.println(Banner.text(
                properties.gatewayUrl(),
                properties.dataDir(),
                DemoNetwork.bannerItem(),
                stack.settings().secrets().demoPassword()));
        new CountDownLatch(1).await();
    }

    private static void refuseWithout(LocalStackProperties properties, PrintStream out) {
        List<Path> missing = ServiceFleet.missingJars(properties.home());
        if (!missing.isEmpty()) {
            out.println("缺少服务的可运行 jar / The services' runnable jars are missing: " + missing);
            out.println("请先构建 / Build them first: ./mvnw -B -q -DskipTests install (or run deploy/run-local)");
            System.exit(2);
        }
        List<Integer> taken = new Stack(properties).takenPorts();
        if (!taken.isEmpty()) {
            out.println("端口已被占用 / Ports already in use: " + taken);
            out.println("是否已有一个本地环境在运行？/ Is another local stack (or a Kafka, Mongo) running?");
            System.exit(1);
        }
    }

    private static void loadDemoOnFirstStart(LocalStackProperties properties, Stack stack) {
        Path marker = properties.dataDir().resolve(DEMO_MARKER);
        if (Files.exists(marker)) {
            log.info("Demo network already loaded ({} exists)", marker);
            return;
        }
        stack.demoAccounts().loaderOf(Duration.ofMinutes(1)).load();
        new DemoAnalysisLoader(stack.demoAccounts().loader(), Duration.ofMinutes(1)).load();
        try {
            Files.writeString(marker, "loaded at " + Instant.now() + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + marker, e);
        }
    }
}
