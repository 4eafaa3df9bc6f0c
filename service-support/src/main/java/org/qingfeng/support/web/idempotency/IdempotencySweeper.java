package org.qingfeng.support.web.idempotency;

import com.mongodb.MongoException;
import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * Deletes expired idempotency keys every {@code qingfeng.idempotency.sweep-interval}, a bounded
 * batch at a time, on a thread of its own (a service need not enable Spring's scheduling for it).
 */
final class IdempotencySweeper implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(IdempotencySweeper.class);
    /** Batches one sweep deletes at most, so that a backlog is worked off over several sweeps. */
    private static final int MAX_BATCHES = 20;

    private final IdempotencyStore store;
    private final IdempotencyProperties properties;
    private final Clock clock;
    private @Nullable ScheduledExecutorService executor;

    IdempotencySweeper(IdempotencyStore store, IdempotencyProperties properties, Clock clock) {
        this.store = store;
        this.properties = properties;
        this.clock = clock;
    }

    /** One sweep: the number of expired keys deleted. */
    long sweep() {
        long deleted = 0;
        for (int batch = 0; batch < MAX_BATCHES; batch++) {
            long now = store.sweep(clock.instant(), properties.sweepBatch());
            deleted += now;
            if (now < properties.sweepBatch()) {
                break;
            }
        }
        return deleted;
    }

    @Override
    public synchronized void start() {
        ScheduledExecutorService started = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "idempotency-sweep");
            thread.setDaemon(true);
            return thread;
        });
        long every = properties.sweepInterval().toMillis();
        started.scheduleWithFixedDelay(this::sweepQuietly, 0, every, TimeUnit.MILLISECONDS);
        executor = started;
    }

    @Override
    public synchronized void stop() {
        if (executor != null) {
            executor.shutdownNow();
            executor = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }

    private void sweepQuietly() {
        try {
            store.createTtlIndexOnce();
            long deleted = sweep();
            if (deleted > 0) {
                log.debug("Deleted {} expired idempotency keys", deleted);
            }
        } catch (MongoException e) {
            log.warn(
                    "Expired idempotency keys not swept ({}); trying again next time",
                    e.getClass().getSimpleName());
        }
    }
}
