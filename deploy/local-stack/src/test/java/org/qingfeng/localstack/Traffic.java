package org.qingfeng.localstack;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.qingfeng.localstack.api.GatewayClient;
import org.qingfeng.localstack.api.Submission;
import org.qingfeng.localstack.network.DemoNetwork;
import org.qingfeng.localstack.network.SampleItem;

/**
 * Submits the demo items through the gateway at a steady pace from a few threads, and keeps the
 * ids of those answered {@code 202}. Anything else (the service is down, a timeout) is a failed
 * attempt, expected while intake is killed.
 */
final class Traffic {

    private final GatewayClient gateway;
    private final List<SampleItem> items =
            DemoNetwork.sampleItems().stream().map(SampleItem::immediate).toList();
    private final Set<UUID> accepted = ConcurrentHashMap.newKeySet();
    private final AtomicInteger attempts = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
    private final ExecutorService senders;

    private Traffic(GatewayClient gateway, int threads) {
        this.gateway = gateway;
        this.senders = Executors.newFixedThreadPool(threads);
    }

    /** {@code count} submissions spread evenly over {@code over}. */
    static Traffic start(GatewayClient gateway, int count, Duration over, int threads) {
        Traffic traffic = new Traffic(gateway, threads);
        AtomicInteger scheduled = new AtomicInteger();
        long period = over.toNanos() / count;
        traffic.ticker.scheduleAtFixedRate(
                () -> {
                    if (scheduled.incrementAndGet() <= count) {
                        traffic.senders.execute(traffic::submitOne);
                    } else {
                        traffic.ticker.shutdown();
                    }
                },
                0,
                period,
                TimeUnit.NANOSECONDS);
        return traffic;
    }

    /** Submits one item now; returns whether it was accepted. */
    boolean submitOne() {
        SampleItem item = items.get(attempts.getAndIncrement() % items.size());
        try {
            Submission submission = gateway.submit(item);
            if (submission.accepted() && submission.itemId() != null) {
                accepted.add(submission.itemId());
                return true;
            }
        } catch (RuntimeException e) {
            failed.incrementAndGet();
            return false;
        }
        failed.incrementAndGet();
        return false;
    }

    void awaitEnd(Duration timeout) throws InterruptedException {
        ticker.awaitTermination(timeout.toMillis(), TimeUnit.MILLISECONDS);
        senders.shutdown();
        senders.awaitTermination(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    int attempts() {
        return attempts.get();
    }

    int failed() {
        return failed.get();
    }

    Set<UUID> accepted() {
        return Set.copyOf(accepted);
    }
}
