package org.qingfeng.localstack.service;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The services as child JVMs, started in dependency order: intake first (it owns the topics the
 * others read), then analysis, disposal, the authorization server and the audit service together,
 * then the gateway in front of them.
 */
public final class ServiceFleet implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ServiceFleet.class);
    private static final Duration STOP_GRACE = Duration.ofSeconds(30);

    private final FleetSettings settings;
    private final Map<Service, ServiceProcess> running = new ConcurrentHashMap<>();

    private ServiceFleet(FleetSettings settings) {
        this.settings = settings;
    }

    /** The runnable jars that are not built yet. */
    public static List<Path> missingJars(Path home) {
        return Arrays.stream(Service.values())
                .map(s -> s.jar(home))
                .filter(jar -> !Files.isRegularFile(jar))
                .toList();
    }

    /** An empty fleet; {@link #startAll()} starts it, {@link #close()} stops whatever is running. */
    public static ServiceFleet of(FleetSettings settings) {
        return new ServiceFleet(settings);
    }

    public void startAll() {
        start(Service.INTAKE);
        List<CompletableFuture<Void>> middle = Stream.of(
                        Service.ANALYSIS, Service.DISPOSAL, Service.AUTH, Service.AUDIT)
                .map(s -> CompletableFuture.runAsync(() -> start(s)))
                .toList();
        try {
            CompletableFuture.allOf(middle.toArray(CompletableFuture[]::new)).join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
        start(Service.GATEWAY);
    }

    /** Starts one service and waits until it is ready. */
    public void start(Service service) {
        log.info("Starting {} on port {}", service.serviceName(), settings.port(service));
        long began = System.nanoTime();
        ServiceProcess process = ServiceProcess.launch(service, settings);
        running.put(service, process);
        process.onExit().thenRun(() -> reportUnexpectedExit(service, process));
        process.awaitReady(settings.port(service), settings.readinessTimeout());
        log.info(
                "{} is ready (pid {}, {} s)",
                service.serviceName(),
                process.pid(),
                Duration.ofNanos(System.nanoTime() - began).toSeconds());
    }

    private void reportUnexpectedExit(Service service, ServiceProcess process) {
        if (running.remove(service, process)) {
            log.warn("{} exited unexpectedly with code {}", service.serviceName(), process.exitValue());
        }
    }

    /** {@code kill -9} of one service, as in a crash. */
    public void kill(Service service) {
        ServiceProcess process = running.remove(service);
        if (process != null) {
            log.info("Killing {} (pid {}) with SIGKILL", service.serviceName(), process.pid());
            process.kill();
        }
    }

    /** Kills the service as in a crash, then starts it again and waits until it is ready. */
    public void crashAndRestart(Service service) {
        kill(service);
        start(service);
    }

    public boolean isAlive(Service service) {
        ServiceProcess process = running.get(service);
        return process != null && process.isAlive();
    }

    /** Process ids of the services running now. */
    public List<Long> pids() {
        return running.values().stream().map(ServiceProcess::pid).toList();
    }

    public String url(Service service) {
        return settings.url(service);
    }

    /** SIGTERM to every service, the gateway first; waits, then kills whatever did not stop. */
    @Override
    public void close() {
        List<Service> order = List.of(
                Service.GATEWAY, Service.AUTH, Service.AUDIT, Service.DISPOSAL, Service.ANALYSIS, Service.INTAKE);
        List<ServiceProcess> stopping =
                order.stream().map(running::remove).filter(Objects::nonNull).toList();
        stopping.forEach(ServiceProcess::requestStop);
        stopping.forEach(p -> p.awaitStop(STOP_GRACE));
        if (!stopping.isEmpty()) {
            log.info("Services stopped");
        }
    }
}
