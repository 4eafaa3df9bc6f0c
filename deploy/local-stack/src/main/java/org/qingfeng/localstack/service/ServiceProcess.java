package org.qingfeng.localstack.service;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** One service running as its own JVM, its output piped line by line under its name. */
final class ServiceProcess {

    private static final int TAIL_LINES = 40;

    private final Service service;
    private final Process process;
    private final LogTail tail = new LogTail(TAIL_LINES);

    private ServiceProcess(Service service, Process process) {
        this.service = service;
        this.process = process;
    }

    static ServiceProcess launch(Service service, FleetSettings settings) {
        List<String> command = new ArrayList<>();
        command.add(javaExecutable().toString());
        command.addAll(settings.jvmOptions());
        command.add("-jar");
        command.add(service.jar(settings.home()).toString());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(ServiceEnvironment.of(service, settings));
        try {
            ServiceProcess child = new ServiceProcess(service, builder.start());
            child.pipe(new LinePrefixer(service.serviceName(), service.ansiColour(), settings.colour()), settings);
            return child;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + service.serviceName(), e);
        }
    }

    /** Waits for readiness; on a crash or timeout, fails with the last lines the service printed. */
    void awaitReady(int port, Duration timeout) {
        ReadinessWait.Outcome outcome = new ReadinessWait(timeout, Duration.ofMillis(250))
                .await(new HttpReadiness(port, service.contextPath()), process.onExit());
        if (outcome == ReadinessWait.Outcome.READY) {
            return;
        }
        String why = outcome == ReadinessWait.Outcome.EXITED
                ? "exited with code " + process.exitValue()
                : "was not ready after " + timeout.toSeconds() + " s";
        throw new ServiceStartException(service, why, tail.lines());
    }

    /** {@code kill -9}: no shutdown hook, no graceful close, as in a crash. */
    void kill() {
        process.destroyForcibly();
        waitFor(Duration.ofSeconds(10));
    }

    /** Asks politely first (SIGTERM); whatever is still running after the grace period is killed. */
    void requestStop() {
        process.destroy();
    }

    void awaitStop(Duration grace) {
        if (!waitFor(grace)) {
            process.destroyForcibly();
            waitFor(Duration.ofSeconds(10));
        }
    }

    boolean isAlive() {
        return process.isAlive();
    }

    CompletableFuture<Process> onExit() {
        return process.onExit();
    }

    int exitValue() {
        return process.exitValue();
    }

    long pid() {
        return process.pid();
    }

    private boolean waitFor(Duration timeout) {
        try {
            return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void pipe(LinePrefixer prefixer, FleetSettings settings) {
        Thread pump = new Thread(() -> copyLines(prefixer, settings), "output-" + service.serviceName());
        pump.setDaemon(true);
        pump.start();
    }

    private void copyLines(LinePrefixer prefixer, FleetSettings settings) {
        try (BufferedReader reader =
                new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                tail.add(line);
                settings.out().println(prefixer.prefix(line));
            }
        } catch (IOException e) {
            settings.out().println(prefixer.prefix("(output closed: " + e.getMessage() + ")"));
        }
    }

    private static Path javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java");
    }
}
